package com.budgetperf.review.messaging.in;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * review-service's reading of {@code budget.submission.comment-replied.v1}: a county answered a reviewer's comment on
 * a version, quoting it (stage, JSON pointer, text).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentReplied(UUID replyId, UUID submissionId, String regionCode, Integer submissionVersion,
        Comment comment, String text, String repliedBy, Instant repliedAt) {

    public static final String TYPE = "budget.submission.comment-replied.v1";

    /** The comment answered, as the county read it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(String stage, String path, String text) {
    }
}
