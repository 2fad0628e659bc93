package com.budgetperf.submission.domain.review;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One machine pre-review finding: which rule, how severe, the JSON pointer it concerns, what to do (Chinese), which
 * 88号 dimension it costs ({@link ScoreDimensions}; null in findings stored before dimensions existed) and, for a
 * document read from the official Excel form, the cell it is about (null otherwise).
 */
public record Finding(String ruleCode, Severity severity, String path, String message, QualityDimension dimension,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "文档来自 Excel 绩效目标表时，问题所在的工作表和单元格（如 项目3 / F12）")
        Location location) {

    /** A cell of the official form: the sheet's name and the cell's A1 reference. */
    public record Location(@Schema(description = "工作表名称", example = "项目1 就业补助资金") String sheet,
            @Schema(description = "单元格（A1 写法）", example = "F12") String cell) {
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
