package com.budgetperf.review.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.RegionNotCoveredException;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.CaseWorkflow;
import com.budgetperf.review.domain.DocumentPointer;
import com.budgetperf.review.domain.Grade;
import com.budgetperf.review.domain.ProjectVerdict;
import com.budgetperf.review.domain.ReturnReason;
import com.budgetperf.review.domain.StageDefinition;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.messaging.ReviewDecided;
import com.budgetperf.review.messaging.StageEntered;
import com.budgetperf.review.repository.ProjectVerdictEntity;
import com.budgetperf.review.repository.ProjectVerdictRepository;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCaseRepository;
import com.budgetperf.review.repository.ReviewCommentEntity;
import com.budgetperf.review.repository.ReviewCommentRepository;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reviewers' actions on a case: claim, assign, comment, a verdict per project, decide. Each is guarded (region covered, reviewer
 * level = the level of the case's stage, case undecided at its stage), touches the case row (so concurrent
 * actions on one case are serialised by its optimistic version: the loser gets 409), is audited, and decisions
 * are announced on {@code budget.reviews} through the outbox.
 */
@ApplicationScoped
public class ReviewActions {

    private final ReviewCaseRepository cases;
    private final ReviewCommentRepository comments;
    private final ProjectVerdictRepository verdicts;
    private final AuditLog audit;
    private final Outbox outbox;
    private final WorkflowDefinitions workflow;
    private final ReviewConfig config;
    private final Clock clock = Clock.systemUTC();

    public ReviewActions(ReviewCaseRepository cases, ReviewCommentRepository comments, ProjectVerdictRepository verdicts,
            AuditLog audit, Outbox outbox, WorkflowDefinitions workflow, ReviewConfig config) {
        this.cases = cases;
        this.comments = comments;
        this.verdicts = verdicts;
        this.audit = audit;
        this.outbox = outbox;
        this.workflow = workflow;
        this.config = config;
    }

    /** A structured return reason: code, anchor, free text. */
    public record ReturnReasonInput(String code, String path, String text) {
    }

    /** A decision on a case at its current stage. */
    public record DecisionInput(String grade, List<ReturnReasonInput> returnReasons, String note) {
    }

    @Transactional
    public CaseView claim(UUID id, AllowedActions.Caller caller) {
        return assignTo(id, caller.name(), "CLAIMED", caller);
    }

    @Transactional
    public CaseView assign(UUID id, String assignee, AllowedActions.Caller caller) {
        if (assignee == null || assignee.isBlank()) {
            throw ProblemException.invalid("/assignee", "请填写审核人员");
        }
        if (assignee.length() > 100) {
            throw ProblemException.invalid("/assignee", "审核人员最多 100 个字符");
        }
        return assignTo(id, assignee.strip(), "ASSIGNED", caller);
    }

    private CaseView assignTo(UUID id, String assignee, String action, AllowedActions.Caller caller) {
        Instant now = now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guarded(id, caller, plan);
        long fromVersion = entity.version;
        String before = entity.assignee;
        entity.assignee = assignee;
        entity.status = com.budgetperf.review.domain.CaseStatus.IN_REVIEW;
        touch(entity, now);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("stage", entity.stage.name());
        detail.put("assignee", assignee);
        detail.put("previousAssignee", before == null ? "" : before);
        audit.append(entity.id, now, caller.name(), action, fromVersion, detail);
        return view(entity, plan, caller, now);
    }

    @Transactional
    public CaseView.CommentView comment(UUID id, String path, String text, AllowedActions.Caller caller) {
        Instant now = now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guarded(id, caller, plan);
        List<Problem.Violation> violations = new ArrayList<>();
        validateAnchor(entity, path, "/path", violations);
        if (text == null || text.isBlank()) {
            violations.add(new Problem.Violation("/text", "请填写审核意见"));
        } else if (text.length() > 2000) {
            violations.add(new Problem.Violation("/text", "审核意见最多 2000 个字符"));
        }
        refuseIfAny(violations);
        long fromVersion = entity.version;
        touch(entity, now);
        ReviewCommentEntity row = addComment(entity, DocumentPointer.normalise(path), text.strip(), null, caller, now);
        audit.append(entity.id, now, caller.name(), "COMMENTED", fromVersion,
                Map.of("stage", entity.stage.name(), "path", row.path, "text", row.text, "commentId", row.id.toString()));
        return CaseViews.comment(row);
    }

    /**
     * Sets the verdict on project {@code index} of the submitted document at the case's current stage (PASS 通过,
     * REVISE 需修改, REJECT 不予安排), replacing an earlier verdict of this stage. Same guards as every action; 422
     * for an unknown verdict ({@code /verdict}), a project not in the document ({@code /index}) or a long note.
     */
    @Transactional
    public CaseView verdict(UUID id, int index, String verdict, String note, AllowedActions.Caller caller) {
        Instant now = now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guarded(id, caller, plan);
        List<Problem.Violation> violations = new ArrayList<>();
        JsonNode document = entity.document == null ? null : DocumentReading.parse(entity.document);
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
        }
        refuseIfAny(violations);
        long fromVersion = entity.version;
        touch(entity, now);
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
        audit.append(entity.id, now, caller.name(), "PROJECT_VERDICT", fromVersion, detail);
        return view(entity, plan, caller, now);
    }

    @Transactional
    public CaseView decide(UUID id, DecisionInput input, AllowedActions.Caller caller) {
        Instant now = now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guarded(id, caller, plan);
        Grade grade = validate(entity, input);
        return apply(entity, grade, input, caller, plan, now);
    }

    /**
     * Approves with grade 优 when the case is clean (no ERROR finding of the machine pre-review, no comment).
     *
     * @return the case decided, or empty when it is not clean
     */
    @Transactional
    public java.util.Optional<CaseView> approveIfClean(UUID id, AllowedActions.Caller caller) {
        Instant now = now();
        WorkflowPlan plan = workflow.plan();
        ReviewCaseEntity entity = guarded(id, caller, plan);
        boolean projectsQueried = verdicts.ofCaseAtStage(entity.id, entity.stage.name()).stream()
                .anyMatch(verdict -> !"PASS".equals(verdict.verdict));
        if (entity.hasErrors || !comments.ofCase(entity.id).isEmpty() || projectsQueried) {
            return java.util.Optional.empty();
        }
        DecisionInput input = new DecisionInput(Grade.EXCELLENT.label(), List.of(), "批量通过");
        return java.util.Optional.of(apply(entity, Grade.EXCELLENT, input, caller, plan, now));
    }

    private CaseView apply(ReviewCaseEntity entity, Grade grade, DecisionInput input, AllowedActions.Caller caller,
            WorkflowPlan plan, Instant now) {
        CaseWorkflow.Transition transition;
        try {
            transition = CaseWorkflow.decide(entity.status, entity.stage, CaseViews.stages(entity), grade);
        } catch (IllegalStateException e) {
            throw decided(entity);
        }
        long fromVersion = entity.version;
        var decidedStage = entity.stage;
        entity.grade = grade.label();
        entity.decidedBy = caller.name();
        entity.decidedAt = now;
        entity.status = transition.status();
        if (transition.outcome() == CaseWorkflow.Outcome.STAGE_APPROVED) {
            entity.stage = transition.stage();
            entity.stageEnteredAt = now;
            entity.dueAt = now.plus(Duration.ofDays(config.dueDays()));
            entity.assignee = null;
        }
        touch(entity, now);

        // comments written with one decision keep their order: one microsecond apart
        int written = 0;
        for (ReturnReasonInput reason : reasons(input)) {
            addComment(entity, DocumentPointer.normalise(reason.path() == null ? "" : reason.path()),
                    reason.text() == null || reason.text().isBlank() ? reason.code() : reason.text().strip(), reason.code(),
                    caller, now.plus(written++, ChronoUnit.MICROS), decidedStage.name());
        }
        if (input.note() != null && !input.note().isBlank()) {
            addComment(entity, "", input.note().strip(), null, caller, now.plus(written, ChronoUnit.MICROS),
                    decidedStage.name());
        }
        comments.flush();
        List<ReviewDecided.Comment> eventComments = new ArrayList<>(comments.ofCaseAtStage(entity.id, decidedStage.name())
                .stream().map(c -> new ReviewDecided.Comment(c.path, c.text, c.reason)).toList());
        if (transition.outcome() == CaseWorkflow.Outcome.RETURNED || transition.outcome() == CaseWorkflow.Outcome.REJECTED) {
            // the projects to revise or not to fund at this stage are told to the county like anchored comments
            for (ProjectVerdictEntity verdict : verdicts.ofCaseAtStage(entity.id, decidedStage.name())) {
                ProjectVerdict.parse(verdict.verdict).filter(ProjectVerdict::toldToCounty)
                        .ifPresent(v -> eventComments.add(new ReviewDecided.Comment(
                                ProjectVerdict.projectPointer(verdict.projectIndex), v.commentText(verdict.note), null)));
            }
        }

        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("stage", decidedStage.name());
        detail.put("grade", grade.label());
        detail.put("outcome", transition.outcome().name());
        detail.put("status", transition.status().name());
        detail.put("nextStage", transition.outcome() == CaseWorkflow.Outcome.STAGE_APPROVED ? transition.stage().name() : "");
        detail.put("returnReasons", AuditLog.json(reasons(input))); // code, anchor and text of each, in order
        detail.put("note", input.note() == null ? "" : input.note().strip());
        audit.append(entity.id, now, caller.name(), "DECIDED", fromVersion, detail);

        String key = entity.submissionId.toString();
        switch (transition.outcome()) {
            case STAGE_APPROVED, FINALLY_APPROVED -> outbox.append(EventTopics.REVIEWS, key, ReviewDecided.APPROVED,
                    decidedEvent(entity, decidedStage.name(), grade, transition.outcome() == CaseWorkflow.Outcome.FINALLY_APPROVED,
                            eventComments, caller, now));
            case RETURNED -> outbox.append(EventTopics.REVIEWS, key, ReviewDecided.RETURNED,
                    decidedEvent(entity, decidedStage.name(), grade, null, eventComments, caller, now));
            case REJECTED -> outbox.append(EventTopics.REVIEWS, key, ReviewDecided.REJECTED,
                    decidedEvent(entity, decidedStage.name(), grade, null, eventComments, caller, now));
        }
        if (transition.outcome() == CaseWorkflow.Outcome.STAGE_APPROVED) {
            audit.append(entity.id, now, ReviewCaseOpening.SYSTEM, "STAGE_ENTERED", entity.version,
                    Map.of("stage", entity.stage.name(), "dueAt", entity.dueAt.toString()));
            outbox.append(EventTopics.REVIEWS, key, StageEntered.TYPE,
                    new StageEntered(entity.id, entity.submissionId, entity.submissionVersion, entity.stage.name(), now));
        }
        return view(entity, plan, caller, now);
    }

    private CaseView view(ReviewCaseEntity entity, WorkflowPlan plan, AllowedActions.Caller caller, Instant now) {
        return CaseViews.of(entity, plan, caller, now, comments.ofCase(entity.id), verdicts.ofCase(entity.id));
    }

    private static ReviewDecided decidedEvent(ReviewCaseEntity entity, String stage, Grade grade, Boolean finalApproval,
            List<ReviewDecided.Comment> comments, AllowedActions.Caller caller, Instant now) {
        return new ReviewDecided(entity.id, entity.submissionId, entity.submissionVersion, stage, grade.label(),
                finalApproval, comments, caller.name(), now);
    }

    private Grade validate(ReviewCaseEntity entity, DecisionInput input) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (input == null) {
            throw ProblemException.invalid("/grade", "请选择评级：优、良、中或差");
        }
        Grade grade = Grade.parse(input.grade()).orElse(null);
        if (grade == null) {
            violations.add(new Problem.Violation("/grade", "评级只能是 优、良、中 或 差"));
        }
        List<ReturnReasonInput> reasons = reasons(input);
        for (int i = 0; i < reasons.size(); i++) {
            ReturnReasonInput reason = reasons.get(i);
            if (reason == null || !ReturnReason.isKnown(reason.code())) {
                violations.add(new Problem.Violation("/returnReasons/" + i + "/code",
                        "退回原因只能是 " + String.join("、", ReturnReason.CODES)));
                continue;
            }
            validateAnchor(entity, reason.path() == null ? "" : reason.path(), "/returnReasons/" + i + "/path", violations);
            if (reason.text() != null && reason.text().length() > 2000) {
                violations.add(new Problem.Violation("/returnReasons/" + i + "/text", "说明最多 2000 个字符"));
            }
        }
        if (grade == Grade.FAIR && reasons.isEmpty()) {
            violations.add(new Problem.Violation("/returnReasons", "评级为中（退回修改）时请至少选择一项退回原因"));
        }
        if (input.note() != null && input.note().length() > 2000) {
            violations.add(new Problem.Violation("/note", "审核说明最多 2000 个字符"));
        }
        refuseIfAny(violations);
        return grade;
    }

    private static List<ReturnReasonInput> reasons(DecisionInput input) {
        return input.returnReasons() == null ? List.of() : input.returnReasons();
    }

    /** The pointer's shape, and that the project or indicator it names exists in the submitted document. */
    private static void validateAnchor(ReviewCaseEntity entity, String path, String field, List<Problem.Violation> violations) {
        if (!DocumentPointer.isWellFormed(path)) {
            violations.add(new Problem.Violation(field,
                    "定位应为 JSON 指针：\"\"（整个申报）、/projects/序号（项目）或 /projects/序号/indicators/序号（指标）"));
            return;
        }
        int project = DocumentPointer.projectIndex(path);
        if (project < 0 || entity.document == null) {
            return;
        }
        JsonNode document = DocumentReading.parse(entity.document);
        if (project >= DocumentReading.projectCount(document)) {
            violations.add(new Problem.Violation(field, "申报中没有第 " + (project + 1) + " 个项目"));
            return;
        }
        int indicator = DocumentPointer.indicatorIndex(path);
        if (indicator >= 0 && indicator >= DocumentReading.indicatorCount(document, project)) {
            violations.add(new Problem.Violation(field, "该项目中没有第 " + (indicator + 1) + " 个指标"));
        }
    }

    private static void refuseIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.of(422, "VALIDATION_FAILED", "提交的数据未通过校验", "请按字段提示修改后重新提交")
                    .withViolations(violations));
        }
    }

    private ReviewCommentEntity addComment(ReviewCaseEntity entity, String path, String text, String reason,
            AllowedActions.Caller caller, Instant now) {
        return addComment(entity, path, text, reason, caller, now, entity.stage.name());
    }

    private ReviewCommentEntity addComment(ReviewCaseEntity entity, String path, String text, String reason,
            AllowedActions.Caller caller, Instant now, String stage) {
        ReviewCommentEntity row = new ReviewCommentEntity();
        row.id = UUID.randomUUID();
        row.caseId = entity.id;
        row.stage = stage;
        row.path = path;
        row.text = text;
        row.reason = reason;
        row.author = caller.name();
        row.createdAt = now;
        comments.persist(row);
        return row;
    }

    /**
     * Loads the case and checks, in this order: it exists (404), the caller's region covers it (403), it is still
     * undecided at its stage (409), the caller's level is the stage's level (403).
     */
    private ReviewCaseEntity guarded(UUID id, AllowedActions.Caller caller, WorkflowPlan plan) {
        ReviewCaseEntity entity = cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("审核案件 " + id));
        if (!AllowedActions.covers(caller, entity.regionCode)) {
            throw new RegionNotCoveredException(entity.regionCode);
        }
        if (!entity.status.isUndecided()) {
            throw decided(entity);
        }
        StageDefinition stage = plan.definition(entity.stage)
                .orElseThrow(() -> new IllegalStateException("stage " + entity.stage + " is not configured"));
        if (!AllowedActions.levelMatches(caller, stage.reviewerLevel())) {
            throw new ProblemException(403, "STAGE_LEVEL_MISMATCH", "无权在此审核阶段操作",
                    "本案件处于" + stage.nameZh() + "审核阶段，应由" + levelName(stage) + "审核人员处理");
        }
        return entity;
    }

    private static String levelName(StageDefinition stage) {
        return switch (stage.reviewerLevel()) {
            case COUNTY -> "县级";
            case CITY -> "市级";
            case PROVINCE -> "省级";
        };
    }

    private static ProblemException decided(ReviewCaseEntity entity) {
        return new ProblemException(409, "CASE_ALREADY_DECIDED", "案件已作出决定",
                "本案件在当前阶段已处理（状态 " + entity.status + "），请刷新后查看");
    }

    /** Touches the case row now: the version check makes the later of two concurrent actions fail with 409. */
    private void touch(ReviewCaseEntity entity, Instant now) {
        entity.lastActionAt = now;
        try {
            cases.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException(409, "CONCURRENT_CHANGE", "案件已被他人修改",
                    "另一位审核人员刚刚处理了本案件，请刷新后重试");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
