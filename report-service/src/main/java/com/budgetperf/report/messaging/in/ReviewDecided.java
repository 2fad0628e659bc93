package com.budgetperf.report.messaging.in;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of {@code budget.review.returned.v1}, {@code budget.review.approved.v1} and
 * {@code budget.review.rejected.v1} (topic {@code budget.reviews}, key = case id): the decision of one stage,
 * its 88号 grade (优 良 中 差) and, for an approval, whether it was the final one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewDecided(UUID caseId, UUID submissionId, Integer submissionVersion, String stage, String grade,
        Boolean finalApproval, Instant decidedAt) {

    public static final String RETURNED = "budget.review.returned.v1";
    public static final String APPROVED = "budget.review.approved.v1";
    public static final String REJECTED = "budget.review.rejected.v1";
}
