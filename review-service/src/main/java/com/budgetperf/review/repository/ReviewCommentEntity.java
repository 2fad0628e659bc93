package com.budgetperf.review.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An anchored reviewer comment; return reasons are comments with a {@link #reason} code. */
@Entity
@Immutable
@Table(name = "review_comment")
public class ReviewCommentEntity {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public String text;

    public String reason;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
