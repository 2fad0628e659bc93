package com.budgetperf.catalog.domain.ruleset;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A versioned machine-review rule set: DRAFT (editable), PUBLISHED (the active one of its year) or RETIRED. */
public record RuleSet(String version, int fiscalYear, String status, Map<String, RuleSetting> settings,
        Map<String, List<String>> wordLists, Map<String, BigDecimal> thresholds, Map<String, String> synonyms,
        Instant createdAt, String createdBy, Instant updatedAt, Instant publishedAt, String publishedBy) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String RETIRED = "RETIRED";
}
