package com.budgetperf.submission.messaging.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** This service's reading of {@code budget.catalog.rule-set.published.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleSetPublishedData(
        String version,
        int fiscalYear,
        Map<String, Setting> settings,
        Map<String, List<String>> wordLists,
        Map<String, BigDecimal> thresholds,
        Map<String, String> synonyms,
        Instant publishedAt) {

    public static final String TYPE = "budget.catalog.rule-set.published.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Setting(boolean enabled, String severity) {
    }
}
