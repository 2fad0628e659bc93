package com.budgetperf.platform.events;

/** The Kafka topics of docs/architecture.md §3. Channel names in the services equal these topic names. */
public final class EventTopics {
    public static final String CATALOG = "budget.catalog";
    public static final String SUBMISSIONS = "budget.submissions";
    public static final String REVIEWS = "budget.reviews";

    private EventTopics() {
    }
}
