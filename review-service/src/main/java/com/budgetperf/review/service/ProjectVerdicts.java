package com.budgetperf.review.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.Problem;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.ProjectVerdict;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.repository.ProjectVerdictEntity;
import com.budgetperf.review.repository.ProjectVerdictRepository;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Project verdicts (项目审核结论): per project of the submitted document, at the case's current stage, PASS 通过,
 * REVISE 需修改 or REJECT 不予安排; given again in the same stage it replaces the earlier one.
 */
@ApplicationScoped
public class ProjectVerdicts {

    private final CaseGuard guard;
    private final WorkflowDefinitions workflow;
    private final ProjectVerdictRepository verdicts;
    private final AuditLog audit;
    private final ReviewCaseQueries queries;

    public ProjectVerdicts(CaseGuard guard, WorkflowDefinitions workflow, ProjectVerdictRepository verdicts,
            AuditLog audit, ReviewCaseQueries queries) {
        this.guard = guard;
        this.workflow = workflow;
        this.verdicts = verdicts;
        this.audit = audit;
        this.queries = queries;
    }

    /**
     * Sets the verdict on project {@code index}. Same guard as every action; 422 for an unknown verdict
     * ({@code /verdict}), a project not in the document ({@code /index}) or a long note.
     */
    @Transactional
    public CaseView verdict(UUID id, int index, String verdict, String note, AllowedActions.Caller caller) {
        Instant now = guard.now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guard.guarded(id, caller, plan, AuditAction.PROJECT_VERDICT);
        List<Problem.Violation> violations = new ArrayList<>();
        JsonNode document = CaseComments.document(entity);
        int projects = document == null ? 0 : DocumentReading.projectCount(document);
        if (index < 0 || index >= projects) {
            violations.add(new Problem.Violation("/index", projects == 0 ? "申报中没有项目"
                    : "申报中没有第 " + (index + 1) + " 个项目（共 " + projects + " 个项目）"));
        }
        ProjectVerdict parsed = ProjectVerdict.parse(verdict).orElse(null);
        if (parsed == null) {
            violations.add(new Problem.Violation("/verdict", "项目审核结论只能是 通过（PASS）、需修改（REVISE）或 不予安排（REJECT）"));
        }
        if (note != null && note.length() > 2000) {
            violations.add(new Problem.Violation("/note", "说明最多 2000 个字符"));
        } else if (!CaseGuard.plain(note)) {
            violations.add(new Problem.Violation("/note", CaseGuard.CONTROL_CHARACTERS));
        }
        CaseGuard.refuseIfAny(violations);
        long fromVersion = entity.version;
        entity.touch(now);
        guard.write(entity);
        String stage = entity.stage.name();
        ProjectVerdictEntity row = verdicts.find(entity.id, stage, index).orElse(null);
        String previous = row == null ? "" : row.verdict;
        if (row == null) {
            row = new ProjectVerdictEntity();
            row.caseId = entity.id;
            row.stage = stage;
            row.projectIndex = index;
        }
        row.projectCode = document.path("projects").path(index).path("code").asText(null);
        row.verdict = parsed.name();
        row.note = note == null || note.isBlank() ? null : note.strip();
        row.decidedBy = caller.name();
        row.decidedAt = now;
        verdicts.persist(row);
        verdicts.flush();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("stage", stage);
        detail.put("projectIndex", String.valueOf(index));
        detail.put("projectCode", row.projectCode == null ? "" : row.projectCode);
        detail.put("verdict", row.verdict);
        detail.put("previousVerdict", previous);
        detail.put("note", row.note == null ? "" : row.note);
        audit.append(entity.id, now, caller.name(), AuditAction.PROJECT_VERDICT, fromVersion, detail);
        return queries.viewAfterAction(entity, plan, caller, now);
    }
}
