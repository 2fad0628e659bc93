package com.budgetperf.submission.domain.document;

/**
 * One row of the three-tier indicator grid: 一级, 二级, 三级 name, description, the 指标值 as written, its
 * 指标值确定依据 (basis) and the optional 评（扣）分标准.
 */
public record Indicator(
        String level1,
        String level2,
        String name,
        String description,
        IndicatorValue value,
        String basis,
        String scoring) {

    /** A row where nothing that matters was filled in (the seeds have many). */
    public boolean isBlank() {
        return blank(name) && blank(description) && (value == null || value.isBlank()) && blank(basis);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
