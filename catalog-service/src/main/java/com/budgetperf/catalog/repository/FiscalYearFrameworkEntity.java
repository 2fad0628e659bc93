package com.budgetperf.catalog.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "fiscal_year_framework")
public class FiscalYearFrameworkEntity {

    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;
}
