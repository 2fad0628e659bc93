package com.budgetperf.submission.domain.review;

/**
 * One machine pre-review finding: which rule, how severe, the JSON pointer it concerns, what to do (Chinese), and
 * which 88号 dimension it costs ({@link ScoreDimensions}; null in findings stored before dimensions existed).
 */
public record Finding(String ruleCode, Severity severity, String path, String message, QualityDimension dimension) {

    /** A finding costing the dimension its rule is listed under. */
    public Finding(String ruleCode, Severity severity, String path, String message) {
        this(ruleCode, severity, path, message, ScoreDimensions.of(ruleCode));
    }
}
