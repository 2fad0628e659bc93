package com.budgetperf.report.messaging.in;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of {@code budget.review.closed.v1} (topic {@code budget.reviews}, key = submission id): a
 * case closed without a decision; with {@code reason} WITHDRAWN the county withdrew {@code submissionVersion}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewCaseClosed(UUID caseId, UUID submissionId, Integer submissionVersion, String stage, String reason,
        String closedBy, Instant closedAt) {

    public static final String TYPE = "budget.review.closed.v1";

    public static final String WITHDRAWN = "WITHDRAWN";
}
