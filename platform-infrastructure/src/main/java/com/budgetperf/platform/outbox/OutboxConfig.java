package com.budgetperf.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** How often the relay looks for events that are not yet on Kafka. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events relayed per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long one send may wait for the broker's acknowledgement before the batch is retried later. */
    @WithDefault("10s")
    Duration sendTimeout();
}
