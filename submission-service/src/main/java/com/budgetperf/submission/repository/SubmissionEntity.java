package com.budgetperf.submission.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.budgetperf.submission.domain.SubmissionStatus;

@Entity
@Table(name = "submission")
public class SubmissionEntity {

    @Id
    public UUID id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(name = "region_code", nullable = false, updatable = false)
    public String regionCode;

    @Column(name = "department_code", nullable = false, updatable = false)
    public String departmentCode;

    @Column(name = "department_name", nullable = false)
    public String departmentName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
