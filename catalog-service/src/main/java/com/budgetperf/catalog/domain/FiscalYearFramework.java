package com.budgetperf.catalog.domain;

import java.time.Instant;

/** The framework version a fiscal year uses (预算年度 → 指标框架版本). */
public record FiscalYearFramework(int fiscalYear, String frameworkCode, Instant assignedAt, String assignedBy) {
}
