package com.budgetperf.catalog.messaging.out;

import java.time.Instant;

/**
 * Event schema {@code budget.catalog.fiscal-year-framework.assigned.v1} on topic {@code budget.catalog}, key = the
 * fiscal year (e.g. {@code 2026}). The framework itself was announced by {@code budget.catalog.framework.published.v1}.
 */
public record FiscalYearFrameworkAssigned(int fiscalYear, String frameworkCode, Instant assignedAt) {

    public static final String TYPE = "budget.catalog.fiscal-year-framework.assigned.v1";
}
