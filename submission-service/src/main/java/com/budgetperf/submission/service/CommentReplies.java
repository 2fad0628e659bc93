package com.budgetperf.submission.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.input.PlainText;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.submission.messaging.in.ReviewDecisionData;
import com.budgetperf.submission.messaging.out.CommentReplied;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.repository.CommentReplyEntity;
import com.budgetperf.submission.repository.CommentReplyRepository;
import com.budgetperf.submission.repository.ReviewNoteEntity;
import com.budgetperf.submission.repository.ReviewNoteRepository;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionRepository;

/**
 * A county's replies to reviewers' comments. The comments belong to review-service (they reach this service inside
 * review notes); a reply is kept here for the county's pages and announced as
 * {@code budget.submission.comment-replied.v1} in the same transaction, so that review-service shows it under the
 * comment. Only a caller whose region covers the submission may reply.
 */
@ApplicationScoped
public class CommentReplies {

    public static final int MAX_TEXT = 2000;

    private final SubmissionRepository submissions;
    private final ReviewNoteRepository notes;
    private final CommentReplyRepository replies;
    private final CallerRegion callerRegion;
    private final DocumentJson json;
    private final Outbox outbox;
    private final ChangeFeed feed;

    public CommentReplies(SubmissionRepository submissions, ReviewNoteRepository notes, CommentReplyRepository replies,
            CallerRegion callerRegion, DocumentJson json, Outbox outbox, ChangeFeed feed) {
        this.feed = feed;
        this.submissions = submissions;
        this.notes = notes;
        this.replies = replies;
        this.callerRegion = callerRegion;
        this.json = json;
        this.outbox = outbox;
    }

    /**
     * Replies to the comment at {@code commentIndex} of review note {@code noteId} of submission {@code id}.
     *
     * @throws ProblemException 404 for an unknown submission, note or comment; 422 for an empty, long or
     *         control-character text; RegionNotCoveredException (403) for another region's submission
     */
    @Transactional
    public CommentReplyEntity reply(UUID id, long noteId, int commentIndex, String text, String repliedBy) {
        SubmissionEntity submission = submissions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("申报 " + id));
        callerRegion.requireCovers(submission.regionCode);
        ReviewNoteEntity note = notes.findByIdOptional(noteId).filter(n -> n.submissionId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("申报 " + id + " 的审核意见 " + noteId));
        List<ReviewDecisionData.Comment> comments = comments(note);
        if (commentIndex < 0 || commentIndex >= comments.size()) {
            throw ProblemException.notFound("审核意见 " + noteId + " 的第 " + (commentIndex + 1) + " 条");
        }
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty()) {
            throw ProblemException.invalid("/text", "请填写答复");
        }
        if (reply.length() > MAX_TEXT) {
            throw ProblemException.invalid("/text", "答复最多 " + MAX_TEXT + " 个字符");
        }
        if (PlainText.Validator.firstControlCharacter(reply) >= 0) {
            throw ProblemException.invalid("/text", "答复" + PlainText.MESSAGE);
        }
        ReviewDecisionData.Comment comment = comments.get(commentIndex);
        CommentReplyEntity row = new CommentReplyEntity();
        row.id = UUID.randomUUID();
        row.submissionId = id;
        row.noteId = noteId;
        row.commentIndex = commentIndex;
        row.version = note.version;
        row.stage = note.stage;
        row.path = comment.path() == null ? "" : comment.path();
        row.commentText = comment.text() == null ? "" : comment.text();
        row.text = reply;
        row.repliedBy = repliedBy;
        row.repliedAt = Instant.now();
        replies.persist(row);
        CloudEvent replied = outbox.append(EventTopics.SUBMISSIONS, id.toString(), CommentReplied.TYPE,
                new CommentReplied(row.id, id, submission.fiscalYear, submission.regionCode, submission.departmentCode,
                        row.version, new CommentReplied.Comment(row.stage, row.path, row.commentText), row.text,
                        row.repliedBy, row.repliedAt));
        feed.recordNew(new SubmissionChange(UUID.fromString(replied.id()), SubmissionChange.COMMENT_REPLIED,
                row.repliedAt, id, submission.fiscalYear, submission.regionCode, submission.departmentCode, row.version,
                submission.status.name(), row.repliedBy, null, null, null, row.stage, null, null,
                new SubmissionChange.Reply(row.stage, row.path, row.commentText, row.text)));
        return row;
    }

    /** The reviewers' comments a review note carries, in their order (a reply names one by its place). */
    public List<ReviewDecisionData.Comment> comments(ReviewNoteEntity note) {
        return json.read("{\"comments\":" + note.comments + "}", ReviewDecisionData.class).commentsOrEmpty();
    }

    @Transactional
    public List<CommentReplyEntity> of(UUID submissionId) {
        return replies.forSubmission(submissionId);
    }
}
