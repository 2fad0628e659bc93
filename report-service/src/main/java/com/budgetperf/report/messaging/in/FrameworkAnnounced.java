package com.budgetperf.report.messaging.in;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of {@code budget.catalog.framework.published.v1} (topic {@code budget.catalog},
 * key = framework code): the version's identity only, the indicator tree is not needed for reports yet.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FrameworkAnnounced(String code, String name, Instant publishedAt) {

    public static final String TYPE = "budget.catalog.framework.published.v1";
}
