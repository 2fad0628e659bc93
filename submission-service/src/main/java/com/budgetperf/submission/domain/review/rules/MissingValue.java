package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A named indicator without 指标值: nothing to measure against. */
public final class MissingValue extends IndicatorRowRule {

    public MissingValue() {
        super("MISSING_VALUE", Severity.ERROR, "指标值未填写");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (row.indicator().value() == null || row.indicator().value().isBlank()) {
            findings.report(row.pointer() + "/value", row.where() + "的指标" + quoted(row.indicator().name())
                    + "没有填写指标值，请填写可衡量的目标值（如“≥95%”“1524人”）");
        }
    }
}
