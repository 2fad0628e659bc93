package com.budgetperf.review.messaging.out;

import java.time.Instant;

/**
 * Event schema {@code budget.review.audit-checkpoint.v1} on {@code budget.reviews} (key {@code audit-checkpoint}, so
 * checkpoints stay in order on one partition): the digest of the audit log up to checkpoint {@code seq}, chained to
 * the previous one. report-service keeps them; review-service's verification compares the table with them.
 */
public record AuditCheckpointPublished(long seq, Instant at, String previousDigest, String digest, int heads) {

    public static final String TYPE = "budget.review.audit-checkpoint.v1";
    public static final String KEY = "audit-checkpoint";
}
