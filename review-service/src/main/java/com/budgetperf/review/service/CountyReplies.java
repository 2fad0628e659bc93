package com.budgetperf.review.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.review.messaging.in.CommentReplied;
import com.budgetperf.review.repository.CommentReplyEntity;
import com.budgetperf.review.repository.CommentReplyRepository;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCaseRepository;
import com.budgetperf.review.repository.ReviewCommentEntity;
import com.budgetperf.review.repository.ReviewCommentRepository;

/**
 * The counties' replies to reviewers' comments, from {@code budget.submission.comment-replied.v1}: kept on the case of
 * the replied version under the comment they quote (same stage, JSON pointer and text), once per reply id. A reply
 * about a version without a case, or whose region is not the case's, changes nothing.
 */
@ApplicationScoped
public class CountyReplies {

    private static final Logger LOG = Logger.getLogger(CountyReplies.class);

    private final ReviewCaseRepository cases;
    private final ReviewCommentRepository comments;
    private final CommentReplyRepository replies;

    public CountyReplies(ReviewCaseRepository cases, ReviewCommentRepository comments, CommentReplyRepository replies) {
        this.cases = cases;
        this.comments = comments;
        this.replies = replies;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(CommentReplied reply, String eventId) {
        if (reply.replyId() == null || reply.submissionId() == null || reply.submissionVersion() == null
                || reply.comment() == null || reply.text() == null || reply.repliedBy() == null
                || reply.repliedAt() == null) {
            throw new MalformedEventException(CommentReplied.TYPE + " " + eventId + " lacks the reply, its version or its comment");
        }
        if (replies.findByIdOptional(reply.replyId()).isPresent()) {
            return;
        }
        Optional<ReviewCaseEntity> found = cases.findBySubmissionVersion(reply.submissionId(), reply.submissionVersion());
        if (found.isEmpty()) {
            LOG.warnf("%s %s: version %d of submission %s has no review case; ignored", CommentReplied.TYPE, eventId,
                    reply.submissionVersion(), reply.submissionId());
            return;
        }
        ReviewCaseEntity reviewCase = found.get();
        if (!Objects.equals(reviewCase.regionCode, reply.regionCode())) {
            LOG.warnf("%s %s names region %s, the case %s is of %s; ignored", CommentReplied.TYPE, eventId,
                    reply.regionCode(), reviewCase.id, reviewCase.regionCode);
            return;
        }
        CommentReplied.Comment quoted = reply.comment();
        String path = quoted.path() == null ? "" : quoted.path();
        List<ReviewCommentEntity> onCase = comments.ofCase(reviewCase.id);
        CommentReplyEntity row = new CommentReplyEntity();
        row.id = reply.replyId();
        row.caseId = reviewCase.id;
        row.commentId = onCase.stream()
                .filter(c -> Objects.equals(c.stage, quoted.stage()) && c.path.equals(path)
                        && c.text.equals(quoted.text()))
                .map(c -> c.id).findFirst().orElse(null);
        row.stage = quoted.stage();
        row.path = path;
        row.commentText = quoted.text() == null ? "" : quoted.text();
        row.text = reply.text();
        row.repliedBy = reply.repliedBy();
        row.repliedAt = reply.repliedAt();
        row.eventId = eventId;
        replies.persist(row);
    }
}
