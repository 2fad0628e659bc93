package com.budgetperf.report.messaging.in;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What report-service reads of {@code budget.review.stage-entered.v1} (topic {@code budget.reviews}, key = case id). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewStageEntered(UUID caseId, UUID submissionId, Integer submissionVersion, String stage,
        Instant enteredAt) {

    public static final String TYPE = "budget.review.stage-entered.v1";
}
