package com.budgetperf.review.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.domain.StageDefinition;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCommentEntity;

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
        return new CaseView.CommentView(row.id, row.stage, row.path, row.text, row.reason, row.author, row.createdAt);
    }

    static CaseView of(ReviewCaseEntity entity, WorkflowPlan plan, AllowedActions.Caller caller, Instant now,
            List<ReviewCommentEntity> comments) {
        var definition = plan.definition(entity.stage);
        List<String> allowed = AllowedActions.of(entity.status, entity.regionCode,
                definition.map(StageDefinition::reviewerLevel).orElse(null), entity.assignee, caller);
        boolean full = comments != null;
        return new CaseView(entity.id, entity.submissionId, entity.submissionVersion, entity.fiscalYear,
                entity.regionCode, entity.departmentCode, entity.departmentName, entity.stage,
                definition.map(StageDefinition::nameZh).orElse(entity.stage.name()), stages(entity), entity.status,
                entity.openedAt, entity.assignee, entity.dueAt, overdue(entity, now), entity.previousCaseId, entity.grade,
                entity.suggestedGrade, entity.qualityScore, entity.hasErrors, entity.decidedBy, entity.decidedAt,
                entity.version, allowed,
                full && entity.document != null ? DocumentReading.parse(entity.document) : null,
                full && entity.findings != null ? DocumentReading.parse(entity.findings) : null,
                full ? comments.stream().map(CaseViews::comment).toList() : null);
    }
}
