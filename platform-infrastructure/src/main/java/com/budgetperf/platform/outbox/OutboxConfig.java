package com.budgetperf.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {

    /** How often the relay looks for events that are not yet on Kafka (read by the relay's {@code @Scheduled}). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * Whether a commit that appended events wakes the relay at once (the poll stays as the fallback). Off, events wait
     * for the next poll, as before: only for measuring the difference.
     */
    @WithDefault("true")
    boolean publishAfterCommit();

    /** Events relayed per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long one send may wait for the broker's acknowledgement before the batch is retried later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * Tries before a row the broker refuses for its own sake (too large, invalid topic, ...) is parked. Tries that
     * fail because the broker is unreachable do not count towards it: an outage parks nothing.
     */
    @WithDefault("5")
    int maxAttempts();

    /**
     * The largest envelope (UTF-8 bytes) {@link Outbox#append} accepts; a bigger one is refused with 422 in the
     * caller's transaction, so the change it describes is not stored either. Below the broker's 1 MiB record limit.
     */
    @WithDefault("900000")
    int maxEventBytes();
}
