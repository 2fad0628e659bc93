package com.budgetperf.review.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.repository.ReviewCaseEntity;

/** Who works on a case: a reviewer claims it (认领) or assigns it to a colleague (指派); audited. */
@ApplicationScoped
public class CaseAssignment {

    private final CaseGuard guard;
    private final WorkflowDefinitions workflow;
    private final AuditLog audit;
    private final ReviewCaseQueries queries;

    public CaseAssignment(CaseGuard guard, WorkflowDefinitions workflow, AuditLog audit, ReviewCaseQueries queries) {
        this.guard = guard;
        this.workflow = workflow;
        this.audit = audit;
        this.queries = queries;
    }

    @Transactional
    public CaseView claim(UUID id, AllowedActions.Caller caller) {
        return assignTo(id, caller.name(), AuditAction.CLAIMED, caller);
    }

    @Transactional
    public CaseView assign(UUID id, String assignee, AllowedActions.Caller caller) {
        if (assignee == null || assignee.isBlank()) {
            throw ProblemException.invalid("/assignee", "请填写审核人员");
        }
        if (assignee.length() > 100) {
            throw ProblemException.invalid("/assignee", "审核人员最多 100 个字符");
        }
        if (!CaseGuard.plain(assignee)) {
            throw ProblemException.invalid("/assignee", CaseGuard.CONTROL_CHARACTERS);
        }
        return assignTo(id, assignee.strip(), AuditAction.ASSIGNED, caller);
    }

    private CaseView assignTo(UUID id, String assignee, AuditAction action, AllowedActions.Caller caller) {
        Instant now = guard.now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guard.guarded(id, caller, plan, action);
        long fromVersion = entity.version;
        String before = entity.assignee;
        entity.assignTo(assignee, now);
        guard.write(entity);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("stage", entity.stage.name());
        detail.put("assignee", assignee);
        detail.put("previousAssignee", before == null ? "" : before);
        audit.append(entity.id, now, caller.name(), action, fromVersion, detail);
        return queries.viewAfterAction(entity, plan, caller, now);
    }
}
