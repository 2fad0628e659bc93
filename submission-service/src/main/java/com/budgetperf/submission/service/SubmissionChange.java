package com.budgetperf.submission.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.budgetperf.submission.domain.review.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing that happened to a submission, as a county system follows it on the change feed and receives it on its
 * webhooks (the same JSON in both): a new version with its machine findings, submitted, withdrawn, a review
 * event (opened, returned with comments, approved, rejected), or a reply of the county's clerk to a reviewer's
 * comment (typed on the clerk's pages, so the county's own system learns of it here). {@code eventId} is unique: a county system that keeps
 * the ids it has handled handles each change once, whichever way it came.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionChange(
        UUID eventId,
        String type,
        Instant occurredAt,
        UUID submissionId,
        int fiscalYear,
        String regionCode,
        String departmentCode,
        int version,
        String status,
        String actor,
        Integer qualityScore,
        String suggestedGrade,
        List<Finding> findings,
        String stage,
        String grade,
        List<Comment> comments,
        Reply reply) {

    public static final String VERSION_RECEIVED = "submission.version-received";
    public static final String SUBMITTED = "submission.submitted";
    public static final String WITHDRAWN = "submission.withdrawn";
    public static final String REVIEW_OPENED = "review.case-opened";
    public static final String REVIEW_RETURNED = "review.returned";
    public static final String REVIEW_APPROVED = "review.approved";
    public static final String REVIEW_REJECTED = "review.rejected";
    public static final String COMMENT_REPLIED = "submission.comment-replied";

    /** A reviewer's comment, anchored by JSON pointer to the submission, a project or one indicator. */
    public record Comment(String path, String text, String reason) {
    }

    /** The county's reply ({@code text}) to the comment {@code comment} a reviewer of {@code stage} left at {@code path}. */
    public record Reply(String stage, String path, String comment, String text) {
    }
}
