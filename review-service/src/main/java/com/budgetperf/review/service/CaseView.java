package com.budgetperf.review.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.ReviewStage;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A case as the reviewers' API answers it: its state, what the caller may do now ({@code allowedActions}) and
 * whether it is overdue. {@code document}, {@code findings}, {@code comments} and {@code projectVerdicts} only in the
 * single-case answer.
 */
public record CaseView(
        UUID id,
        UUID submissionId,
        int submissionVersion,
        int fiscalYear,
        String regionCode,
        String departmentCode,
        String departmentName,
        ReviewStage stage,
        String stageName,
        List<ReviewStage> stages,
        CaseStatus status,
        Instant openedAt,
        String assignee,
        Instant dueAt,
        boolean overdue,
        UUID previousCaseId,
        String grade,
        String suggestedGrade,
        BigDecimal qualityScore,
        boolean hasErrors,
        String decidedBy,
        Instant decidedAt,
        long version,
        List<String> allowedActions,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode document,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode findings,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CommentView> comments,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ProjectVerdictView> projectVerdicts) {

    /**
     * An anchored comment; {@code reason} is a return-reason code for the reasons given with a 中 grade;
     * {@code replies} are the county's answers to it (budget.submission.comment-replied.v1), oldest first.
     */
    public record CommentView(UUID id, String stage, String path, String text, String reason, String author,
            Instant createdAt, List<ReplyView> replies) {
    }

    /** A county's reply to a comment: what it said, who (the county's account or system) and when. */
    public record ReplyView(UUID id, String text, String author, Instant repliedAt) {
    }

    /**
     * A verdict on one project at one stage: {@code verdict} PASS, REVISE or REJECT, {@code verdictLabel} 通过, 需修改
     * or 不予安排; {@code projectName} from the submitted document.
     */
    public record ProjectVerdictView(int projectIndex, String projectCode, String projectName, String verdict,
            String verdictLabel, String note, String decidedBy, Instant decidedAt, String stage) {
    }
}
