package com.budgetperf.review.messaging.out;

import java.time.Instant;
import java.util.UUID;

/** Event schema {@code budget.review.stage-entered.v1} on {@code budget.reviews} (key = submissionId): a case moved to its next stage. */
public record StageEntered(UUID caseId, UUID submissionId, int submissionVersion, String stage, Instant enteredAt) {

    public static final String TYPE = "budget.review.stage-entered.v1";
}
