package com.budgetperf.submission.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhook deliveries are sent and retried ({@code submission.webhooks.*}). */
@ConfigMapping(prefix = "submission.webhooks")
public interface WebhooksConfig {

    /** The first wait after a failed attempt; each further wait is twice as long. */
    @WithDefault("10s")
    Duration retryBase();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration retryMax();

    /** Attempts before a delivery is given up (FAILED in the delivery log). */
    @WithDefault("12")
    int attempts();

    /** How long the endpoint may take to answer one delivery. */
    @WithDefault("10s")
    Duration timeout();

    /** How often the dispatcher looks for due deliveries (read by its {@code @Scheduled}), e.g. {@code 1s}. */
    @WithDefault("1s")
    String pollInterval();

    /**
     * Whether a webhook may point at this machine or a private network (see {@link WebhookAddress}): false in
     * production; the tests and dev mode deliver to a receiver on localhost.
     */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    /** Deliveries sent per run of the dispatcher. */
    @WithDefault("50")
    int batchSize();
}
