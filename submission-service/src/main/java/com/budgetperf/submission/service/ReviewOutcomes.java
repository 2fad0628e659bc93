package com.budgetperf.submission.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.submission.domain.SubmissionStatus;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.messaging.in.ReviewDecisionData;
import com.budgetperf.submission.repository.ReviewNoteEntity;
import com.budgetperf.submission.repository.ReviewNoteRepository;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionRepository;

/**
 * What reviewers decided, as the county sees it: the status moves with the review (opened → IN_REVIEW,
 * returned or rejected → RETURNED, finally approved → APPROVED) and every decision is kept as a note with its
 * comments and on the change feed. A decision about another version than the one in review, or one that arrives
 * after a withdrawal, is kept as a note and on the feed (with the status as it is) but moves nothing.
 */
@ApplicationScoped
public class ReviewOutcomes {

    private static final Logger LOG = Logger.getLogger(ReviewOutcomes.class);

    private static final Map<String, String> FEED_TYPES = Map.of(
            ReviewDecisionData.CASE_OPENED, SubmissionChange.REVIEW_OPENED,
            ReviewDecisionData.RETURNED, SubmissionChange.REVIEW_RETURNED,
            ReviewDecisionData.APPROVED, SubmissionChange.REVIEW_APPROVED,
            ReviewDecisionData.REJECTED, SubmissionChange.REVIEW_REJECTED);

    private final SubmissionRepository submissions;
    private final ReviewNoteRepository notes;
    private final DocumentJson json;
    private final ChangeFeed feed;

    public ReviewOutcomes(SubmissionRepository submissions, ReviewNoteRepository notes, DocumentJson json,
            ChangeFeed feed) {
        this.feed = feed;
        this.submissions = submissions;
        this.notes = notes;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String type, ReviewDecisionData decision, String eventId) {
        if (decision.submissionId() == null || decision.submissionVersion() == null) {
            throw new MalformedEventException(type + " " + eventId + " names no submission or version");
        }
        SubmissionEntity submission = submissions.findForUpdate(decision.submissionId()).orElse(null);
        if (submission == null) {
            LOG.warnf("%s %s concerns unknown submission %s; ignored", type, eventId, decision.submissionId());
            return;
        }
        SubmissionStatus next = next(type, decision, submission.status);
        if (moves(submission, decision)) {
            if (next != null) {
                submission.status = next;
                submission.updatedAt = Instant.now();
            }
        } else {
            LOG.infof("%s %s about version %d of submission %s ignored: the submission is %s at version %d", type,
                    eventId, decision.submissionVersion(), submission.id, submission.status, submission.currentVersion);
        }
        ReviewNoteEntity note = new ReviewNoteEntity();
        note.submissionId = submission.id;
        note.version = decision.submissionVersion();
        note.status = submission.status.name();
        note.stage = decision.stage();
        note.grade = decision.grade();
        note.comments = json.write(decision.commentsOrEmpty());
        note.decidedBy = decision.decidedBy();
        note.decidedAt = decision.decidedAt() != null ? decision.decidedAt()
                : decision.openedAt() != null ? decision.openedAt() : Instant.now();
        note.sourceEventId = eventId;
        notes.persist(note);
        feed.record(new SubmissionChange(changeId(eventId), FEED_TYPES.getOrDefault(type, type), note.decidedAt,
                submission.id, submission.fiscalYear, submission.regionCode, submission.departmentCode, note.version,
                note.status, note.decidedBy, null, null, null, note.stage, note.grade,
                decision.commentsOrEmpty().stream()
                        .map(c -> new SubmissionChange.Comment(c.path(), c.text(), c.reason())).toList(), null));
    }

    /**
     * Whether a review event may move the submission: it must concern the current version while that version is in
     * the reviewers' hands. A decision about an older version, or one that arrives after the county withdrew (or
     * after the version was already returned or approved), is kept as a note and on the feed with the status
     * unchanged.
     */
    private static boolean moves(SubmissionEntity submission, ReviewDecisionData decision) {
        return decision.submissionVersion() == submission.currentVersion && submission.status.takesReviewOutcomes();
    }

    /** The review event's own id when it is a UUID (CloudEvents ids of this platform are), else one derived from it. */
    private static UUID changeId(String eventId) {
        try {
            return UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(eventId.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static SubmissionStatus next(String type, ReviewDecisionData decision, SubmissionStatus now) {
        return switch (type) {
            case ReviewDecisionData.CASE_OPENED -> now == SubmissionStatus.SUBMITTED ? SubmissionStatus.IN_REVIEW : null;
            case ReviewDecisionData.RETURNED, ReviewDecisionData.REJECTED -> SubmissionStatus.RETURNED;
            case ReviewDecisionData.APPROVED -> Boolean.TRUE.equals(decision.finalApproval()) ? SubmissionStatus.APPROVED
                    : null;
            default -> null;
        };
    }

    @Transactional
    public List<ReviewNoteEntity> notes(UUID submissionId) {
        return notes.forSubmission(submissionId);
    }
}
