package com.budgetperf.submission.messaging.out;

import java.time.Instant;
import java.util.UUID;

/**
 * Event schema {@code budget.submission.comment-replied.v1} on {@code budget.submissions}, key = submission id: a
 * county clerk answered one reviewer's comment on a version. The comment is named as the county read it (the stage of
 * the decision that carried it, its JSON pointer and its text); review-service shows the reply under that comment.
 */
public record CommentReplied(UUID replyId, UUID submissionId, int fiscalYear, String regionCode,
        String departmentCode, int submissionVersion, Comment comment, String text, String repliedBy,
        Instant repliedAt) {

    public static final String TYPE = "budget.submission.comment-replied.v1";

    /** The reviewer's comment answered: the stage of its decision, where it points, what it said. */
    public record Comment(String stage, String path, String text) {
    }
}
