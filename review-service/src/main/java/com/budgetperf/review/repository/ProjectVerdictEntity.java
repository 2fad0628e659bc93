package com.budgetperf.review.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A reviewer's verdict on one project of a case at one stage; re-posting at the stage replaces it. */
@Entity
@Table(name = "project_verdict")
@IdClass(ProjectVerdictEntity.Key.class)
public class ProjectVerdictEntity {

    public record Key(UUID caseId, String stage, int projectIndex) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }

    @Id
    @Column(name = "case_id", updatable = false)
    public UUID caseId;

    @Id
    @Column(updatable = false)
    public String stage;

    @Id
    @Column(name = "project_index", updatable = false)
    public int projectIndex;

    @Column(name = "project_code")
    public String projectCode;

    /** PASS, REVISE or REJECT. */
    @Column(nullable = false)
    public String verdict;

    public String note;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
