package com.budgetperf.review.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.RegionNotCoveredException;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.StageDefinition;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCaseRepository;

/**
 * The one guard every reviewer action passes: the case exists (404), the caller's region covers it (403), it is
 * not closed by a withdrawal (409 {@code CASE_CLOSED}, the attempt kept in the audit log), it is still undecided at
 * its stage (409) and the caller's level is the stage's level (403). It also ends every action the same way: the case
 * row is written at once, so the later of two concurrent actions fails with 409.
 */
@ApplicationScoped
public class CaseGuard {

    static final String CASE_CLOSED = "CASE_CLOSED";

    private final ReviewCaseRepository cases;
    private final CaseRefusals refusals;
    private final Clock clock = Clock.systemUTC();

    public CaseGuard(ReviewCaseRepository cases, CaseRefusals refusals) {
        this.cases = cases;
        this.refusals = refusals;
    }

    /**
     * The case {@code caller} may act on now; throws the problem that says why not.
     *
     * @param attempted the action the caller attempts, named as its audit entry would be
     */
    ReviewCaseEntity guarded(UUID id, AllowedActions.Caller caller, WorkflowPlan plan, AuditAction attempted) {
        ReviewCaseEntity entity = cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("审核案件 " + id));
        if (!AllowedActions.covers(caller, entity.regionCode)) {
            throw new RegionNotCoveredException(entity.regionCode);
        }
        if (entity.status == CaseStatus.WITHDRAWN) {
            refusals.record(entity.id, now(), caller.name(), attempted, CASE_CLOSED);
            throw new ProblemException(409, CASE_CLOSED, "案件已关闭",
                    "县区已撤回第 " + entity.submissionVersion + " 版申报，本案件已关闭，不能再审核；县区重新报送后将开启新的审核案件");
        }
        if (!entity.status.isUndecided()) {
            throw decided(entity);
        }
        StageDefinition stage = plan.definition(entity.stage)
                .orElseThrow(() -> new IllegalStateException("stage " + entity.stage + " is not configured"));
        if (!AllowedActions.levelMatches(caller, stage.reviewerLevel())) {
            throw new ProblemException(403, "STAGE_LEVEL_MISMATCH", "无权在此审核阶段操作",
                    "本案件处于" + stage.nameZh() + "审核阶段，应由" + stage.reviewerLevel().label() + "审核人员处理");
        }
        return entity;
    }

    /** Writes the changed case row now: the version check makes the later of two concurrent actions fail with 409. */
    void write(ReviewCaseEntity entity) {
        try {
            cases.flush();
        } catch (OptimisticLockException e) {
            throw new ProblemException(409, "CONCURRENT_CHANGE", "案件已被他人修改",
                    "另一位审核人员刚刚处理了本案件，请刷新后重试");
        }
    }

    /** The time of an action, at the microseconds PostgreSQL keeps. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static ProblemException decided(ReviewCaseEntity entity) {
        return new ProblemException(409, "CASE_ALREADY_DECIDED", "案件已作出决定",
                "本案件在当前阶段已处理（状态 " + entity.status + "），请刷新后查看");
    }

    /**
     * The web forms reach the use cases without the API's bean validation: texts typed into them are checked by
     * the same rule as {@link PlainText} (one rule, the platform's), with the same message.
     */
    static final String CONTROL_CHARACTERS = PlainText.MESSAGE;

    static boolean plain(String text) {
        return text == null || PlainText.Validator.firstControlCharacter(text) < 0;
    }

    /** 422 with one violation per field when there is any. */
    static void refuseIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
