package com.budgetperf.submission.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One accepted post of a submission's document, immutable once written. */
@Entity
@Table(name = "submission_version")
@IdClass(SubmissionVersionEntity.Key.class)
public class SubmissionVersionEntity {

    public record Key(UUID submissionId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "submission_id", updatable = false)
    public UUID submissionId;

    @Id
    @Column(updatable = false)
    public int version;

    /** The document as the county posted it, 一级/二级 names normalised to the year's framework (JSON). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public String document;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false)
    public String receivedBy;

    /** Machine pre-review findings of this version (JSON list of {ruleCode, severity, path, message}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public String findings;

    @Column(name = "quality_score", nullable = false, updatable = false)
    public int qualityScore;

    @Column(name = "suggested_grade", nullable = false, updatable = false)
    public String suggestedGrade;

    @Column(name = "rule_set_version", nullable = false, updatable = false)
    public String ruleSetVersion;

    /** The four 88号 dimensions 0-100 ({COMPLETENESS, RELEVANCE, APPROPRIATENESS, FEASIBILITY}); null before V20. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dimension_scores", updatable = false, columnDefinition = "jsonb")
    public String dimensionScores;

    /** The score of each project and of the department-wide part, with its weight; null before V20. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "project_scores", updatable = false, columnDefinition = "jsonb")
    public String projectScores;
}
