package com.budgetperf.submission.domain.review;

/**
 * One machine pre-review finding: which rule, how severe, the JSON pointer it concerns, what to do (Chinese), which
 * 88号 dimension it costs ({@link ScoreDimensions}; null in findings stored before dimensions existed) and, for a
 * document read from the official Excel form, the cell it is about (null otherwise).
 */
public record Finding(String ruleCode, Severity severity, String path, String message, QualityDimension dimension,
        Location location) {

    /** A cell of the official form: the sheet's name ("项目3 …") and the cell's A1 reference ("F12"). */
    public record Location(String sheet, String cell) {
    }

    /** Where a finding's JSON pointer sits in a form; null when it sits nowhere. */
    @FunctionalInterface
    public interface Locator {
        Location locate(String path);

        /** For documents that came as JSON. */
        Locator NONE = path -> null;
    }

    public Finding(String ruleCode, Severity severity, String path, String message, QualityDimension dimension) {
        this(ruleCode, severity, path, message, dimension, null);
    }

    /** A finding costing the dimension its rule is listed under. */
    public Finding(String ruleCode, Severity severity, String path, String message) {
        this(ruleCode, severity, path, message, ScoreDimensions.of(ruleCode));
    }

    /** This finding at the cell {@code locator} finds for its path. */
    public Finding locatedBy(Locator locator) {
        Location at = locator.locate(path);
        return at == null ? this : new Finding(ruleCode, severity, path, message, dimension, at);
    }
}
