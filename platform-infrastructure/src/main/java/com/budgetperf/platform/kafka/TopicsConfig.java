package com.budgetperf.platform.kafka;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.topics")
public interface TopicsConfig {

    /** Topics this service makes sure exist, right after start (docs/architecture.md §3). */
    @WithDefault("budget.catalog,budget.submissions,budget.reviews")
    List<String> declare();

    /** Partitions of a topic created here; the key (aggregate id) keeps one aggregate's events in order. */
    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /**
     * Whether topics are declared after start (in the background, see {@link TopicDeclaration}); production clusters
     * may manage them (Strimzi KafkaTopic).
     */
    @WithDefault("true")
    boolean declareAtStart();

    /** How long one attempt may wait for the broker. */
    @WithDefault("15s")
    Duration timeout();

    /** Longest pause between two attempts while the broker cannot be reached (the pauses double from 1 s). */
    @WithDefault("10s")
    Duration maxRetryInterval();
}
