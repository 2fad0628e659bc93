package com.budgetperf.submission.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which framework version a fiscal year follows, kept from {@code budget.catalog}. */
@Entity
@Table(name = "fiscal_year_framework_copy")
public class FiscalYearFrameworkCopyEntity {

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;
}
