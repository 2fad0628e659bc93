package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A row with a value or description but no 三级 indicator name: nobody can tell what is measured. */
public final class MissingIndicatorName extends IndicatorRowRule {

    public MissingIndicatorName() {
        super("MISSING_INDICATOR_NAME", Severity.ERROR, "三级指标名称未填写");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (blank(row.indicator().name())) {
            String written = row.indicator().value() == null ? "" : row.indicator().value().asWritten();
            findings.report(row.pointer() + "/name", row.where() + "有一行指标填写了"
                    + (written.isBlank() ? "内容" : "指标值" + quoted(written)) + "，但没有三级指标名称，请写明衡量的是什么");
        }
    }
}
