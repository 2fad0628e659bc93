package com.budgetperf.review.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.ProjectVerdict;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.domain.StageDefinition;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.repository.CommentReplyEntity;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ProjectVerdictEntity;
import com.budgetperf.review.repository.ReviewCommentEntity;
import com.fasterxml.jackson.databind.JsonNode;

/** Builds {@link CaseView}s: allowed actions from the case's state, its stage's level and the caller. */
final class CaseViews {

    private CaseViews() {
    }

    static List<ReviewStage> stages(ReviewCaseEntity entity) {
        return Arrays.stream(entity.stages.split(",")).map(String::strip).map(ReviewStage::valueOf).toList();
    }

    static boolean overdue(ReviewCaseEntity entity, Instant now) {
        return entity.status.isUndecided() && entity.dueAt != null && entity.dueAt.isBefore(now);
    }

    static CaseView.CommentView comment(ReviewCommentEntity row) {
        return comment(row, List.of());
    }

    static CaseView.CommentView comment(ReviewCommentEntity row, List<CommentReplyEntity> replies) {
        return new CaseView.CommentView(row.id, row.stage, row.path, row.text, row.reason, row.author, row.createdAt,
                replies.stream().map(r -> new CaseView.ReplyView(r.id, r.text, r.repliedBy, r.repliedAt)).toList());
    }

    /**
     * The replies under each comment: by the comment they name; a reply whose quoted comment is not on the case goes
     * under the last comment of its stage at the same place.
     */
    static Map<UUID, List<CommentReplyEntity>> repliesByComment(List<ReviewCommentEntity> comments,
            List<CommentReplyEntity> replies) {
        Map<UUID, List<CommentReplyEntity>> byComment = new HashMap<>();
        for (CommentReplyEntity reply : replies) {
            UUID commentId = reply.commentId != null ? reply.commentId : comments.stream()
                    .filter(c -> c.path.equals(reply.path) && Objects.equals(c.stage, reply.stage))
                    .reduce((first, second) -> second).map(c -> c.id).orElse(null);
            if (commentId != null) {
                byComment.computeIfAbsent(commentId, id -> new ArrayList<>()).add(reply);
            }
        }
        return byComment;
    }

    static CaseView.ProjectVerdictView verdict(ProjectVerdictEntity row, JsonNode document) {
        String name = document == null ? null : document.path("projects").path(row.projectIndex).path("name").asText(null);
        String label = ProjectVerdict.parse(row.verdict).map(ProjectVerdict::label).orElse(row.verdict);
        return new CaseView.ProjectVerdictView(row.projectIndex, row.projectCode, name, row.verdict, label, row.note,
                row.decidedBy, row.decidedAt, row.stage);
    }

    /** The case in a list: no document, findings, comments or verdicts. */
    static CaseView summary(ReviewCaseEntity entity, WorkflowPlan plan, AllowedActions.Caller caller, Instant now) {
        return of(entity, plan, caller, now, null, null, null);
    }

    /** The whole case, with its comments and project verdicts. */
    static CaseView of(ReviewCaseEntity entity, WorkflowPlan plan, AllowedActions.Caller caller, Instant now,
            List<ReviewCommentEntity> comments, List<CommentReplyEntity> replies, List<ProjectVerdictEntity> verdicts) {
        var definition = plan.definition(entity.stage);
        List<String> allowed = AllowedActions.of(entity.status, entity.regionCode,
                definition.map(StageDefinition::reviewerLevel).orElse(null), entity.assignee, caller);
        boolean full = comments != null;
        JsonNode document = full && entity.document != null ? DocumentReading.parse(entity.document) : null;
        return new CaseView(entity.id, entity.submissionId, entity.submissionVersion, entity.fiscalYear,
                entity.regionCode, entity.departmentCode, entity.departmentName, entity.stage,
                definition.map(StageDefinition::nameZh).orElse(entity.stage.name()), stages(entity), entity.status,
                entity.openedAt, entity.assignee, entity.dueAt, overdue(entity, now), entity.previousCaseId, entity.grade,
                entity.suggestedGrade, entity.qualityScore, entity.hasErrors, entity.decidedBy, entity.decidedAt,
                entity.version, allowed,
                document,
                full && entity.findings != null ? DocumentReading.parse(entity.findings) : null,
                full ? commentsWithReplies(comments, replies) : null,
                full ? (verdicts == null ? List.<ProjectVerdictEntity>of() : verdicts).stream()
                        .map(v -> verdict(v, document)).toList() : null);
    }

    private static List<CaseView.CommentView> commentsWithReplies(List<ReviewCommentEntity> comments,
            List<CommentReplyEntity> replies) {
        Map<UUID, List<CommentReplyEntity>> byComment = repliesByComment(comments, replies == null ? List.of() : replies);
        return comments.stream().map(c -> comment(c, byComment.getOrDefault(c.id, List.of()))).toList();
    }
}
