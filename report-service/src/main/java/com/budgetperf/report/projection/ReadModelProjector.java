package com.budgetperf.report.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.messaging.in.ReviewCaseClosed;
import com.budgetperf.report.messaging.in.ReviewCaseOpened;
import com.budgetperf.report.messaging.in.ReviewDecided;
import com.budgetperf.report.messaging.in.ReviewStageEntered;
import com.budgetperf.report.messaging.in.SubmissionSubmitted;
import com.budgetperf.report.messaging.in.SubmissionWithdrawn;
import com.budgetperf.report.repository.CubeRollups;
import com.budgetperf.report.repository.ReadModelWriter;
import com.budgetperf.report.repository.ReviewTimelineWriter;

/**
 * Applies events to the star schema; runs in the consumer's transaction, next to the inbox mark. The live
 * consumers and the rebuild ({@code ReadModelRebuild}) both come here through {@code EventIntake}. An unreadable
 * event does not mark the caller's transaction for rollback by itself: the live consumer rolls back its own
 * transaction, the rebuild rolls back to a savepoint and goes on. Every change of a submission's facts or review
 * outcome withdraws its contribution to the cube rollups before and adds it back after, in the same transaction.
 */
@ApplicationScoped
public class ReadModelProjector {

    private final ReadModelWriter writer;
    private final ReviewTimelineWriter timeline;
    private final CubeRollups rollups;

    public ReadModelProjector(ReadModelWriter writer, ReviewTimelineWriter timeline, CubeRollups rollups) {
        this.writer = writer;
        this.timeline = timeline;
        this.rollups = rollups;
    }

    /** A later version replaces the fact; an older version arriving late leaves the newer one in place. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public void submissionSubmitted(SubmissionSubmitted event) {
        SubmissionFacts facts = SubmissionProjection.project(event);
        writer.lockSubmission(facts.submissionId());
        facts.region().lineage().forEach(writer::ensureRegion);
        rollups.withdraw(facts.submissionId());
        writer.upsertLatestSubmission(facts);
        rollups.contribute(facts.submissionId());
        if (event.submittedAt() != null) {
            writer.recordProgress(facts.submissionId(), facts.version(), "SUBMITTED", event.submittedAt());
        }
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public void reviewCaseOpened(ReviewCaseOpened event) {
        if (event.caseId() == null || event.submissionId() == null || event.stage() == null) {
            throw new MalformedEventException("case-opened event without caseId, submissionId or stage: " + event);
        }
        RegionCode region = event.regionCode() == null ? null : SubmissionProjection.region(event.regionCode());
        if (region != null) {
            region.lineage().forEach(writer::ensureRegion);
        }
        if (event.submissionVersion() != null) {
            review(ReviewOutcome.Kind.OPENED, event.submissionId(), event.submissionVersion(), event.stage(), null, false,
                    event.openedAt());
            timeline.stageEntered(event.submissionId(), event.submissionVersion(), event.stage(), event.caseId(),
                    event.openedAt());
        }
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public void reviewStageEntered(ReviewStageEntered event) {
        if (event.submissionId() == null || event.submissionVersion() == null) {
            throw new MalformedEventException("stage-entered event without submissionId or submissionVersion: " + event);
        }
        review(ReviewOutcome.Kind.STAGE_ENTERED, event.submissionId(), event.submissionVersion(), event.stage(), null,
                false, event.enteredAt());
        if (event.stage() != null) {
            timeline.stageEntered(event.submissionId(), event.submissionVersion(), event.stage(), event.caseId(),
                    event.enteredAt());
        }
    }

    /** A returned, approved or rejected decision; {@code kind} says which. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public void reviewDecided(ReviewOutcome.Kind kind, ReviewDecided event) {
        if (event.submissionId() == null || event.submissionVersion() == null) {
            throw new MalformedEventException("review decision without submissionId or submissionVersion: " + event);
        }
        boolean finalApproval = Boolean.TRUE.equals(event.finalApproval());
        review(kind, event.submissionId(), event.submissionVersion(), event.stage(), event.grade(), finalApproval,
                event.decidedAt());
        if (event.decidedAt() != null && (kind == ReviewOutcome.Kind.RETURNED
                || kind == ReviewOutcome.Kind.APPROVED && finalApproval)) {
            writer.recordProgress(event.submissionId(), event.submissionVersion(), kind.name(), event.decidedAt());
        }
        if (event.stage() != null && event.decidedAt() != null) {
            timeline.stageDecided(event.submissionId(), event.submissionVersion(), event.stage(), event.caseId(),
                    kind.name(), event.decidedBy(), event.decidedAt());
            if (kind == ReviewOutcome.Kind.RETURNED) {
                timeline.returnReasons(event.submissionId(), event.submissionVersion(), event.stage(), event.reasons());
            }
        }
    }

    /**
     * The county withdrew the submission: the version it held (and every earlier one) leaves the figures and shows as
     * WITHDRAWN; a version submitted later comes back as a new version.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public void submissionWithdrawn(SubmissionWithdrawn event) {
        if (event.submissionId() == null || event.version() == null) {
            throw new MalformedEventException("withdrawn event without submissionId or version: " + event);
        }
        withdrawal(event.submissionId(), event.version(), event.withdrawnAt(), event.withdrawnBy());
    }

    /**
     * review-service closed a case without a decision; closed because the county withdrew the version, it says the
     * same as the withdrawal (whichever topic is read first), any other reason changes nothing here.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public void reviewCaseClosed(ReviewCaseClosed event) {
        if (event.submissionId() == null || event.submissionVersion() == null) {
            throw new MalformedEventException("closed event without submissionId or submissionVersion: " + event);
        }
        if (ReviewCaseClosed.WITHDRAWN.equals(event.reason())) {
            withdrawal(event.submissionId(), event.submissionVersion(), event.closedAt(), event.closedBy());
        }
    }

    /** The withdrawn status moves the submission's facts between rollup groups: out before, back in after. */
    private void withdrawal(java.util.UUID submissionId, int version, java.time.Instant at, String by) {
        writer.lockSubmission(submissionId);
        rollups.withdraw(submissionId);
        writer.recordWithdrawal(submissionId, version, at, by);
        rollups.contribute(submissionId);
    }

    /** Events about an older submission version than the one already under review change nothing. */
    private void review(ReviewOutcome.Kind kind, java.util.UUID submissionId, int version, String stage, String grade,
            boolean finalApproval, java.time.Instant at) {
        writer.lockSubmission(submissionId);
        ReviewOutcome held = writer.reviewState(submissionId);
        if (held != null && held.submissionVersion() > version) {
            return;
        }
        ReviewOutcome previous = held != null && held.submissionVersion() == version ? held : null;
        rollups.withdraw(submissionId);
        writer.saveReviewState(ReviewOutcome.after(previous, kind, submissionId, version, stage, grade, finalApproval, at));
        rollups.contribute(submissionId);
    }
}
