package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A 数量指标 written as a percentage: a count is a number with a unit, rates belong under 质量指标. */
public final class CountAsPercent extends IndicatorRowRule {

    public CountAsPercent() {
        super("COUNT_AS_PERCENT", Severity.WARNING, "数量指标填写为百分比");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if ("数量指标".equals(row.level2()) && ValueRows.isPercent(row.value())) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "在“数量指标”下，指标值却是百分比"
                    + quoted(ValueRows.written(row)) + "；数量指标应写数量和单位（如“≥1524人”“11个”），"
                    + "比例、完成率等请放到“质量指标”下");
        }
    }
}
