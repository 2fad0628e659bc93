package com.budgetperf.review.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.CaseWorkflow;
import com.budgetperf.review.domain.DocumentPointer;
import com.budgetperf.review.domain.Grade;
import com.budgetperf.review.domain.ProjectVerdict;
import com.budgetperf.review.domain.ReturnReason;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.messaging.out.ReviewDecided;
import com.budgetperf.review.messaging.out.StageEntered;
import com.budgetperf.review.repository.ProjectVerdictEntity;
import com.budgetperf.review.repository.ProjectVerdictRepository;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCommentRepository;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decisions (审核决定) on a case at its stage: 优 / 良 approve (the next stage of the plan, or finally), 中 returns
 * with at least one return reason, 差 rejects. The transition is {@link CaseWorkflow}'s; the case records it, the
 * stage's comments and return reasons travel with the {@code budget.reviews} event written to the outbox.
 */
@ApplicationScoped
public class CaseDecisions {

    private final CaseGuard guard;
    private final WorkflowDefinitions workflow;
    private final CaseComments caseComments;
    private final ReviewCommentRepository comments;
    private final ProjectVerdictRepository verdicts;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ReviewConfig config;
    private final ReviewCaseQueries queries;

    public CaseDecisions(CaseGuard guard, WorkflowDefinitions workflow, CaseComments caseComments,
            ReviewCommentRepository comments, ProjectVerdictRepository verdicts, AuditLog audit, Outbox outbox,
            ReviewConfig config, ReviewCaseQueries queries) {
        this.guard = guard;
        this.workflow = workflow;
        this.caseComments = caseComments;
        this.comments = comments;
        this.verdicts = verdicts;
        this.audit = audit;
        this.outbox = outbox;
        this.config = config;
        this.queries = queries;
    }

    /** A structured return reason: code, anchor, free text. */
    public record ReturnReasonInput(String code, String path, String text) {
    }

    /** A decision on a case at its current stage. */
    public record DecisionInput(String grade, List<ReturnReasonInput> returnReasons, String note) {

        List<ReturnReasonInput> reasons() {
            return returnReasons == null ? List.of() : returnReasons;
        }
    }

    @Transactional
    public CaseView decide(UUID id, DecisionInput input, AllowedActions.Caller caller) {
        Instant now = guard.now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guard.guarded(id, caller, plan, AuditAction.DECIDED);
        Grade grade = validated(entity, input);
        return apply(entity, grade, input, caller, plan, now);
    }

    /**
     * Approves with grade 优 when the case is clean: no ERROR finding of the machine pre-review, no comment, no
     * project verdict other than PASS at its stage.
     *
     * @return the case decided, or empty when it is not clean
     */
    @Transactional
    public Optional<CaseView> approveIfClean(UUID id, AllowedActions.Caller caller) {
        Instant now = guard.now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guard.guarded(id, caller, plan, AuditAction.DECIDED);
        boolean projectsQueried = verdicts.ofCaseAtStage(entity.id, entity.stage.name()).stream()
                .anyMatch(verdict -> !ProjectVerdict.PASS.name().equals(verdict.verdict));
        if (entity.hasErrors || !comments.ofCase(entity.id).isEmpty() || projectsQueried) {
            return Optional.empty();
        }
        DecisionInput input = new DecisionInput(Grade.EXCELLENT.label(), List.of(), "批量通过");
        return Optional.of(apply(entity, Grade.EXCELLENT, input, caller, plan, now));
    }

    private CaseView apply(ReviewCaseEntity entity, Grade grade, DecisionInput input, AllowedActions.Caller caller,
            WorkflowPlan plan, Instant now) {
        CaseWorkflow.Transition transition;
        try {
            transition = CaseWorkflow.decide(entity.status, entity.stage, CaseViews.stages(entity), grade);
        } catch (IllegalStateException e) {
            throw CaseGuard.decided(entity);
        }
        long fromVersion = entity.version;
        ReviewStage decidedStage = entity.stage;
        entity.decide(transition, grade, caller.name(), now, now.plus(Duration.ofDays(config.dueDays())));
        guard.write(entity);
        List<ReviewDecided.Comment> eventComments = recordComments(entity, decidedStage, input, transition, caller, now);

        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("stage", decidedStage.name());
        detail.put("grade", grade.label());
        detail.put("outcome", transition.outcome().name());
        detail.put("status", transition.status().name());
        detail.put("nextStage", transition.outcome() == CaseWorkflow.Outcome.STAGE_APPROVED ? transition.stage().name() : "");
        detail.put("returnReasons", AuditLog.json(input.reasons())); // code, anchor and text of each, in order
        detail.put("note", input.note() == null ? "" : input.note().strip());
        audit.append(entity.id, now, caller.name(), AuditAction.DECIDED, fromVersion, detail);

        String key = entity.submissionId.toString();
        String type = switch (transition.outcome()) {
            case STAGE_APPROVED, FINALLY_APPROVED -> ReviewDecided.APPROVED;
            case RETURNED -> ReviewDecided.RETURNED;
            case REJECTED -> ReviewDecided.REJECTED;
        };
        boolean approved = transition.outcome() == CaseWorkflow.Outcome.STAGE_APPROVED
                || transition.outcome() == CaseWorkflow.Outcome.FINALLY_APPROVED;
        outbox.append(EventTopics.REVIEWS, key, type, new ReviewDecided(entity.id, entity.submissionId,
                entity.submissionVersion, decidedStage.name(), grade.label(),
                approved ? transition.outcome() == CaseWorkflow.Outcome.FINALLY_APPROVED : null, eventComments,
                caller.name(), now));
        if (transition.outcome() == CaseWorkflow.Outcome.STAGE_APPROVED) {
            audit.append(entity.id, now, ReviewCaseOpening.SYSTEM, AuditAction.STAGE_ENTERED, entity.version,
                    Map.of("stage", entity.stage.name(), "dueAt", entity.dueAt.toString()));
            outbox.append(EventTopics.REVIEWS, key, StageEntered.TYPE,
                    new StageEntered(entity.id, entity.submissionId, entity.submissionVersion, entity.stage.name(), now));
        }
        return queries.viewAfterAction(entity, plan, caller, now);
    }

    /**
     * Adds the decision's return reasons and note as comments of the decided stage (one microsecond apart, so they
     * keep their order) and answers the comments the event carries: every comment of that stage, and for a return
     * or rejection the stage's 需修改 / 不予安排 project verdicts, anchored to their project.
     */
    private List<ReviewDecided.Comment> recordComments(ReviewCaseEntity entity, ReviewStage decidedStage,
            DecisionInput input, CaseWorkflow.Transition transition, AllowedActions.Caller caller, Instant now) {
        int written = 0;
        for (ReturnReasonInput reason : input.reasons()) {
            caseComments.add(entity, DocumentPointer.normalise(reason.path() == null ? "" : reason.path()),
                    reason.text() == null || reason.text().isBlank() ? reason.code() : reason.text().strip(),
                    reason.code(), caller.name(), now.plus(written++, ChronoUnit.MICROS), decidedStage.name());
        }
        if (input.note() != null && !input.note().isBlank()) {
            caseComments.add(entity, "", input.note().strip(), null, caller.name(), now.plus(written, ChronoUnit.MICROS),
                    decidedStage.name());
        }
        comments.flush();
        List<ReviewDecided.Comment> eventComments = new ArrayList<>(comments.ofCaseAtStage(entity.id, decidedStage.name())
                .stream().map(c -> new ReviewDecided.Comment(c.path, c.text, c.reason)).toList());
        if (transition.outcome() == CaseWorkflow.Outcome.RETURNED || transition.outcome() == CaseWorkflow.Outcome.REJECTED) {
            for (ProjectVerdictEntity verdict : verdicts.ofCaseAtStage(entity.id, decidedStage.name())) {
                ProjectVerdict.parse(verdict.verdict).filter(ProjectVerdict::toldToCounty)
                        .ifPresent(v -> eventComments.add(new ReviewDecided.Comment(
                                ProjectVerdict.projectPointer(verdict.projectIndex), v.commentText(verdict.note), null)));
            }
        }
        return eventComments;
    }

    /** The grade, once the input is valid; the submitted document is read once for all anchors. */
    private static Grade validated(ReviewCaseEntity entity, DecisionInput input) {
        if (input == null) {
            throw ProblemException.invalid("/grade", "请选择评级：优、良、中或差");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        Grade grade = Grade.parse(input.grade()).orElse(null);
        if (grade == null) {
            violations.add(new Problem.Violation("/grade", "评级只能是 优、良、中 或 差"));
        }
        JsonNode document = CaseComments.document(entity);
        List<ReturnReasonInput> reasons = input.reasons();
        for (int i = 0; i < reasons.size(); i++) {
            ReturnReasonInput reason = reasons.get(i);
            if (reason == null || !ReturnReason.isKnown(reason.code())) {
                violations.add(new Problem.Violation("/returnReasons/" + i + "/code",
                        "退回原因只能是 " + String.join("、", ReturnReason.CODES)));
                continue;
            }
            String field = "/returnReasons/" + i + "/path";
            DocumentReading.anchorProblem(document, reason.path() == null ? "" : reason.path())
                    .ifPresent(problem -> violations.add(new Problem.Violation(field, problem)));
            if (reason.text() != null && reason.text().length() > 2000) {
                violations.add(new Problem.Violation("/returnReasons/" + i + "/text", "说明最多 2000 个字符"));
            } else if (!CaseGuard.plain(reason.text())) {
                violations.add(new Problem.Violation("/returnReasons/" + i + "/text", CaseGuard.CONTROL_CHARACTERS));
            }
        }
        if (grade == Grade.FAIR && reasons.isEmpty()) {
            violations.add(new Problem.Violation("/returnReasons", "评级为中（退回修改）时请至少选择一项退回原因"));
        }
        if (input.note() != null && input.note().length() > 2000) {
            violations.add(new Problem.Violation("/note", "审核说明最多 2000 个字符"));
        } else if (!CaseGuard.plain(input.note())) {
            violations.add(new Problem.Violation("/note", CaseGuard.CONTROL_CHARACTERS));
        }
        CaseGuard.refuseIfAny(violations);
        return grade;
    }
}
