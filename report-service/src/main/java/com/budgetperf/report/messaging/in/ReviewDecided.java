package com.budgetperf.report.messaging.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What report-service reads of {@code budget.review.returned.v1}, {@code budget.review.approved.v1} and
 * {@code budget.review.rejected.v1} (topic {@code budget.reviews}, key = case id): the decision of one stage,
 * its 88号 grade (优 良 中 差) and, for an approval, whether it was the final one; who decided ({@code decidedBy}) and the
 * comments, each with the 退回原因 it names ({@code reason}), for the review panel. Comments are read as a tree: a
 * comment without a reason, or an older event's plain text, counts as a return without a named reason.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewDecided(UUID caseId, UUID submissionId, Integer submissionVersion, String stage, String grade,
        Boolean finalApproval, Instant decidedAt, String decidedBy, JsonNode comments) {

    /** The reason each comment names, in order; "" for a comment naming none. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (comments != null && comments.isArray()) {
            comments.forEach(comment -> reasons.add(comment.path("reason").isTextual()
                    ? comment.path("reason").asText().strip() : ""));
        }
        return reasons;
    }

    public static final String RETURNED = "budget.review.returned.v1";
    public static final String APPROVED = "budget.review.approved.v1";
    public static final String REJECTED = "budget.review.rejected.v1";
}
