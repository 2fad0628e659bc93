package com.budgetperf.catalog.domain.ruleset;

/** Whether a machine-review rule runs, and with which severity ({@code ERROR}, {@code WARNING}, {@code INFO}; null = the rule's default). */
public record RuleSetting(boolean enabled, String severity) {
}
