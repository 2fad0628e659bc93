package com.budgetperf.review.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.budgetperf.review.domain.CaseStatus;
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
}
