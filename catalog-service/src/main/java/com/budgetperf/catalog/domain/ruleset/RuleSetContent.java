package com.budgetperf.catalog.domain.ruleset;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a rule set says: per rule code its setting, named word lists (e.g. vague words 模糊词), named thresholds and
 * synonyms (as written → canonical). Stored as JSON in {@code rule_set.content}.
 */
public record RuleSetContent(Map<String, RuleSetting> settings, Map<String, List<String>> wordLists,
        Map<String, BigDecimal> thresholds, Map<String, String> synonyms) {
}
