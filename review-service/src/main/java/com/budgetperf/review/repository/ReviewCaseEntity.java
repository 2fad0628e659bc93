package com.budgetperf.review.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.ColumnTransformer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.CaseWorkflow;
import com.budgetperf.review.domain.Grade;
import com.budgetperf.review.domain.ReviewStage;

@Entity
@Table(name = "review_case")
public class ReviewCaseEntity {

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    public UUID submissionId;

    @Column(name = "submission_version", nullable = false, updatable = false)
    public int submissionVersion;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "region_code", nullable = false, updatable = false)
    public String regionCode;

    @Column(name = "department_code", nullable = false, updatable = false)
    public String departmentCode;

    @Column(name = "department_name", nullable = false, updatable = false)
    public String departmentName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    /** The case's workflow plan: stage codes in order, comma-separated. */
    @Column(nullable = false, updatable = false)
    public String stages;

    public String assignee;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "stage_entered_at")
    public Instant stageEnteredAt;

    @Column(name = "previous_case_id", updatable = false)
    public UUID previousCaseId;

    /** The grade (优 良 中 差) of the last decision. */
    public String grade;

    @Column(name = "suggested_grade", updatable = false)
    public String suggestedGrade;

    @Column(name = "quality_score", updatable = false)
    public BigDecimal qualityScore;

    @Column(name = "has_errors", nullable = false, updatable = false)
    public boolean hasErrors;

    /** The submitted document, as the event carried it (JSON). */
    @Column(columnDefinition = "jsonb", updatable = false)
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String document;

    /** The machine pre-review findings (JSON array). */
    @Column(columnDefinition = "jsonb", updatable = false)
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String findings;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Every action touches the case, so that concurrent actions on one case are serialised by {@link #version}. */
    @Column(name = "last_action_at")
    public Instant lastActionAt;

    /** Optimistic locking: of two reviewers changing a case at once, one wins. */
    @Version
    public long version;

    // The case's state changes, each named after what happened; nothing else assigns status, stage or assignee.

    /** Claimed or assigned: {@code assignee} works on it now, the case is {@link CaseStatus#IN_REVIEW}. */
    public void assignTo(String assignee, Instant at) {
        this.assignee = assignee;
        this.status = CaseStatus.IN_REVIEW;
        this.lastActionAt = at;
    }

    /**
     * Decided at its stage with {@code grade}: moves as {@code transition} says; a stage approval enters the next
     * stage unassigned, due at {@code nextDueAt}.
     */
    public void decide(CaseWorkflow.Transition transition, Grade grade, String decidedBy, Instant at, Instant nextDueAt) {
        this.grade = grade.label();
        this.decidedBy = decidedBy;
        this.decidedAt = at;
        this.status = transition.status();
        if (transition.outcome() == CaseWorkflow.Outcome.STAGE_APPROVED) {
            this.stage = transition.stage();
            this.stageEnteredAt = at;
            this.dueAt = nextDueAt;
            this.assignee = null;
        }
        this.lastActionAt = at;
    }

    /** A newer version of the returned submission was handed in and has its own case now. */
    public void supersede(Instant at) {
        this.status = CaseStatus.SUPERSEDED;
        this.lastActionAt = at;
    }

    /** The county took the submission back before a decision. */
    public void withdraw(Instant at) {
        this.status = CaseStatus.WITHDRAWN;
        this.lastActionAt = at;
    }

    /** Something was added to the case (a comment, a project verdict): its version moves, serialising actions. */
    public void touch(Instant at) {
        this.lastActionAt = at;
    }
}
