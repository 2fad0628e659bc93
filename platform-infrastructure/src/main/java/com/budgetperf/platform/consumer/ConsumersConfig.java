package com.budgetperf.platform.consumer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.consumers")
public interface ConsumersConfig {

    /** Tries after the first before a record that keeps failing goes to the dead-letter topic. */
    @WithDefault("6")
    int maxRetries();

    /** Wait before the first retry; doubled at each retry up to {@link #maxDelay()}. */
    @WithDefault("500ms")
    Duration initialDelay();

    @WithDefault("10s")
    Duration maxDelay();

    /**
     * How long one try waits for a row another transaction (a reviewer, a rebuild) holds before it gives up and is
     * retried later; the retries, not one long wait, ride out the conflict.
     */
    @WithDefault("3s")
    Duration lockTimeout();

    /** How often the dead-letter depth gauges are refreshed. */
    @WithDefault("30s")
    Duration deadLetterDepthInterval();
}
