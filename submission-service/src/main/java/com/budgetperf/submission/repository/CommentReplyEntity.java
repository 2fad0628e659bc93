package com.budgetperf.submission.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county clerk's reply to one reviewer's comment of a review note (announced to review-service). */
@Entity
@Table(name = "comment_reply")
public class CommentReplyEntity {

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    /** The review note whose comment is answered. */
    @Column(name = "note_id", nullable = false)
    public long noteId;

    /** The comment's place in the note's comment list. */
    @Column(name = "comment_index", nullable = false)
    public int commentIndex;

    @Column(nullable = false)
    public int version;

    public String stage;

    /** The comment's JSON pointer into the document ("" for the whole submission). */
    @Column(nullable = false)
    public String path;

    /** The comment as the clerk read it. */
    @Column(name = "comment_text", nullable = false)
    public String commentText;

    @Column(nullable = false)
    public String text;

    @Column(name = "replied_by", nullable = false)
    public String repliedBy;

    @Column(name = "replied_at", nullable = false)
    public Instant repliedAt;
}
