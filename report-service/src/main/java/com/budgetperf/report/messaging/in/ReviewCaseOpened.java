package com.budgetperf.report.messaging.in;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What report-service reads of {@code budget.review.case-opened.v1} (topic {@code budget.reviews}, key = case id). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewCaseOpened(
        UUID caseId,
        UUID submissionId,
        Integer submissionVersion,
        Integer fiscalYear,
        String regionCode,
        String stage,
        String status,
        Instant openedAt) {

    public static final String TYPE = "budget.review.case-opened.v1";
}
