package com.budgetperf.submission.messaging.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of review-service's events on {@code budget.reviews} (key = submission id):
 * {@code budget.review.case-opened.v1}, {@code .returned.v1}, {@code .approved.v1}, {@code .rejected.v1}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewDecisionData(
        UUID caseId,
        UUID submissionId,
        Integer submissionVersion,
        String stage,
        String grade,
        Boolean finalApproval,
        List<Comment> comments,
        String decidedBy,
        Instant decidedAt,
        Instant openedAt) {

    public static final String CASE_OPENED = "budget.review.case-opened.v1";
    public static final String RETURNED = "budget.review.returned.v1";
    public static final String APPROVED = "budget.review.approved.v1";
    public static final String REJECTED = "budget.review.rejected.v1";

    /** A reviewer's comment, anchored by JSON pointer to the submission, a project or one indicator. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(String path, String text, String reason) {
    }

    public List<Comment> commentsOrEmpty() {
        return comments == null ? List.of() : comments;
    }
}
