package com.budgetperf.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** Events relayed per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long one send may wait for the broker's acknowledgement before the batch is retried later. */
    @WithDefault("10s")
    Duration sendTimeout();
}
