package com.budgetperf.report.messaging.in;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of {@code budget.review.audit-checkpoint.v1} (topic {@code budget.reviews}, key
 * {@code audit-checkpoint}): the digest of review-service's audit log up to checkpoint {@code seq}, chained to the
 * previous checkpoint's digest. Kept here so that a rewritten review database can be found out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewAuditCheckpoint(long seq, Instant at, String previousDigest, String digest, int heads) {

    public static final String TYPE = "budget.review.audit-checkpoint.v1";
}
