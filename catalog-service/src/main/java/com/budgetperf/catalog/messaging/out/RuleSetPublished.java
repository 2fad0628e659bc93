package com.budgetperf.catalog.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Event schema {@code budget.catalog.rule-set.published.v1} on topic {@code budget.catalog}, key = rule set version.
 * A full snapshot; submission-service keeps it as the active rule set of {@code fiscalYear}. Field names are a
 * contract with submission-service ({@code RuleSetPublishedData}).
 */
public record RuleSetPublished(String version, int fiscalYear, Map<String, Setting> settings,
        Map<String, List<String>> wordLists, Map<String, BigDecimal> thresholds, Map<String, String> synonyms,
        Instant publishedAt, String publishedBy) {

    public static final String TYPE = "budget.catalog.rule-set.published.v1";

    /** Whether a machine-review rule runs, and how severe its findings are. */
    public record Setting(boolean enabled, String severity) {
    }
}
