package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A 数量指标 whose name counts something (人数, 份数, 工程量: rule set {@code countNameWords}) written as a
 * percentage: a count is a number with a unit. A rate name under 数量 (完成率, 覆盖率, 比例: {@code rateNameWords}) is
 * common practice and left alone.
 */
public final class CountAsPercent extends IndicatorRowRule {

    public CountAsPercent() {
        super("COUNT_AS_PERCENT", Severity.WARNING, "数量指标填写为百分比");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        String name = row.indicator().name() == null ? "" : row.indicator().name();
        String compact = name.strip();
        // "…人数", "…次数" of the list, or any name ending in 数 ("问题整改数") that is no ratio (系数, 指数)
        boolean countName = context.ruleSet().anyWordIn("countNameWords", name)
                || compact.endsWith("数")
                        && context.ruleSet().words("dimensionlessNameWords").stream().noneMatch(compact::endsWith);
        boolean counts = countName && !context.ruleSet().anyWordIn("rateNameWords", name);
        if ("数量指标".equals(row.level2()) && counts && ValueRows.isPercent(row.value())) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "计的是数量，指标值却是百分比"
                    + quoted(ValueRows.written(row)) + "；请写计划完成的数量和单位（如“≥1524人”“2940份”），"
                    + "或把指标改为比率（如“参保率≥95%”）");
        }
    }
}
