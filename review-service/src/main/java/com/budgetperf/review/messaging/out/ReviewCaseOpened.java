package com.budgetperf.review.messaging.out;

import java.time.Instant;
import java.util.UUID;

/**
 * Event schema {@code budget.review.case-opened.v1} on topic {@code budget.reviews}, key = submissionId, so a
 * submission's review events stay in order. A full snapshot of the case as opened.
 */
public record ReviewCaseOpened(
        UUID caseId,
        UUID submissionId,
        int submissionVersion,
        int fiscalYear,
        String regionCode,
        String departmentCode,
        String departmentName,
        String stage,
        String status,
        Instant openedAt) {

    public static final String TYPE = "budget.review.case-opened.v1";
}
