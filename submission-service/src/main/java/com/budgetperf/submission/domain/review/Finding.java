package com.budgetperf.submission.domain.review;

/** One machine pre-review finding: which rule, how severe, the JSON pointer it concerns, what to do (Chinese). */
public record Finding(String ruleCode, Severity severity, String path, String message) {
}
