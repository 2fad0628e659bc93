package com.budgetperf.review.messaging.out;

import java.time.Instant;
import java.util.UUID;

/**
 * Event schema {@code budget.review.closed.v1} on {@code budget.reviews} (key = submissionId): a case was closed
 * without a decision, at the stage it stood at. {@code reason} is {@link #WITHDRAWN} when the county withdrew the
 * version; {@code closedBy} is who did it (the county's caller), {@code closedAt} when.
 */
public record ReviewCaseClosed(UUID caseId, UUID submissionId, int submissionVersion, String stage, String reason,
        String closedBy, Instant closedAt) {

    public static final String TYPE = "budget.review.closed.v1";

    /** The county withdrew the submission. */
    public static final String WITHDRAWN = "WITHDRAWN";
}
