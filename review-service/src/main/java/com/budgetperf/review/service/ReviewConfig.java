package com.budgetperf.review.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code review.*} settings. */
@ConfigMapping(prefix = "review")
public interface ReviewConfig {

    /** Days a stage has before its case is overdue (超期). */
    @WithDefault("10")
    int dueDays();

    /** When the audit log's head is published (AuditCheckpoints); {@code every=off} stops it (tests publish on demand). */
    AuditCheckpoint auditCheckpoint();

    interface AuditCheckpoint {

        /** A Quarkus scheduler period, e.g. {@code 10m}. */
        @WithDefault("10m")
        String every();

        /** The first checkpoint after start. */
        @WithDefault("1m")
        String delay();
    }
}
