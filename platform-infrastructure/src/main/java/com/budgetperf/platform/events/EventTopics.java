package com.budgetperf.platform.events;

import java.util.Map;

/** The Kafka topics of the platform. Channel names in the services equal these topic names. */
public final class EventTopics {
    public static final String CATALOG = "budget.catalog";
    public static final String SUBMISSIONS = "budget.submissions";
    public static final String REVIEWS = "budget.reviews";

    /**
     * The CloudEvents {@code source} of the one service that owns (publishes) each topic. A consumer accepts a
     * topic's events only from this source; anything else on the topic goes to its dead-letter topic.
     */
    public static final Map<String, String> OWNER_SOURCES = Map.of(
            CATALOG, "/budget/catalog-service",
            SUBMISSIONS, "/budget/submission-service",
            REVIEWS, "/budget/review-service");

    private EventTopics() {
    }

    public static String ownerSource(String topic) {
        String owner = OWNER_SOURCES.get(topic);
        if (owner == null) {
            throw new IllegalArgumentException("no owning service known for topic " + topic);
        }
        return owner;
    }
}
