package com.budgetperf.review.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.Problem;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.DocumentPointer;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCommentEntity;
import com.budgetperf.review.repository.ReviewCommentRepository;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Review comments (审核意见) anchored by JSON pointer to the whole submission, a project or an indicator; the
 * anchor must exist in the submitted document. Decisions add their return reasons and notes here too.
 */
@ApplicationScoped
public class CaseComments {

    private final CaseGuard guard;
    private final WorkflowDefinitions workflow;
    private final ReviewCommentRepository comments;
    private final AuditLog audit;

    public CaseComments(CaseGuard guard, WorkflowDefinitions workflow, ReviewCommentRepository comments, AuditLog audit) {
        this.guard = guard;
        this.workflow = workflow;
        this.comments = comments;
        this.audit = audit;
    }

    @Transactional
    public CaseView.CommentView comment(UUID id, String path, String text, AllowedActions.Caller caller) {
        Instant now = guard.now();
        ReviewCaseEntity entity = guard.guarded(id, caller, workflow.plan(), AuditAction.COMMENTED);
        List<Problem.Violation> violations = new ArrayList<>();
        DocumentReading.anchorProblem(document(entity), path)
                .ifPresent(problem -> violations.add(new Problem.Violation("/path", problem)));
        if (text == null || text.isBlank()) {
            violations.add(new Problem.Violation("/text", "请填写审核意见"));
        } else if (text.length() > 2000) {
            violations.add(new Problem.Violation("/text", "审核意见最多 2000 个字符"));
        } else if (!CaseGuard.plain(text)) {
            violations.add(new Problem.Violation("/text", CaseGuard.CONTROL_CHARACTERS));
        }
        CaseGuard.refuseIfAny(violations);
        long fromVersion = entity.version;
        entity.touch(now);
        guard.write(entity);
        ReviewCommentEntity row = add(entity, DocumentPointer.normalise(path), text.strip(), null, caller.name(), now,
                entity.stage.name());
        audit.append(entity.id, now, caller.name(), AuditAction.COMMENTED, fromVersion,
                Map.of("stage", entity.stage.name(), "path", row.path, "text", row.text, "commentId", row.id.toString()));
        return CaseViews.comment(row);
    }

    /** Adds a comment of {@code stage}; {@code reason} is the return reason code of a decision, else null. */
    ReviewCommentEntity add(ReviewCaseEntity entity, String path, String text, String reason, String author,
            Instant at, String stage) {
        ReviewCommentEntity row = new ReviewCommentEntity();
        row.id = UUID.randomUUID();
        row.caseId = entity.id;
        row.stage = stage;
        row.path = path;
        row.text = text;
        row.reason = reason;
        row.author = author;
        row.createdAt = at;
        comments.persist(row);
        return row;
    }

    /** The submitted document, read once per action; null when the case keeps none. */
    static JsonNode document(ReviewCaseEntity entity) {
        return entity.document == null ? null : DocumentReading.parse(entity.document);
    }
}
