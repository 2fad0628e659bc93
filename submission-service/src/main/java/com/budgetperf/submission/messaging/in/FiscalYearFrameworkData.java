package com.budgetperf.submission.messaging.in;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's reading of {@code budget.catalog.fiscal-year-framework.assigned.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FiscalYearFrameworkData(int fiscalYear, String frameworkCode, Instant assignedAt) {

    public static final String TYPE = "budget.catalog.fiscal-year-framework.assigned.v1";
}
