package com.budgetperf.review.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county's reply to a reviewer's comment (from submission-service's comment-replied event). */
@Entity
@Table(name = "comment_reply")
public class CommentReplyEntity {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The comment answered; null when the quoted comment is not on the case. */
    @Column(name = "comment_id")
    public UUID commentId;

    public String stage;

    @Column(nullable = false)
    public String path;

    @Column(name = "comment_text", nullable = false)
    public String commentText;

    @Column(nullable = false)
    public String text;

    @Column(name = "replied_by", nullable = false)
    public String repliedBy;

    @Column(name = "replied_at", nullable = false)
    public Instant repliedAt;

    @Column(name = "event_id", nullable = false)
    public String eventId;
}
