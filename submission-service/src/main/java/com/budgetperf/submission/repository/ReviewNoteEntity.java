package com.budgetperf.submission.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A review outcome as the county reads it (from budget.reviews): stage, status, grade, comments. */
@Entity
@Table(name = "review_note")
public class ReviewNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String status;

    public String stage;

    public String grade;

    /** JSON list of comments: {path, text, reason}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String comments;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "source_event_id", nullable = false, unique = true)
    public String sourceEventId;
}
