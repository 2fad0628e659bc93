package com.budgetperf.review.messaging.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Event schema of {@code budget.review.returned.v1}, {@code budget.review.approved.v1} and
 * {@code budget.review.rejected.v1} on {@code budget.reviews} (key = submissionId). {@code finalApproval} is
 * carried by approvals only: true when the last stage of the case's workflow approved.
 */
public record ReviewDecided(
        UUID caseId,
        UUID submissionId,
        int submissionVersion,
        String stage,
        String grade,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean finalApproval,
        List<Comment> comments,
        String decidedBy,
        Instant decidedAt) {

    public static final String RETURNED = "budget.review.returned.v1";
    public static final String APPROVED = "budget.review.approved.v1";
    public static final String REJECTED = "budget.review.rejected.v1";

    /** A comment anchored by JSON pointer ({@code ""} = the whole submission); {@code reason} a return-reason code or null. */
    public record Comment(String path, String text, String reason) {
    }
}
