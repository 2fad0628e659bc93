package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.parse.ComparisonOperator;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A cost target with ≥ or >: a cost is a ceiling to keep under, so it is written with ≤. */
public final class CostWithGreaterThan extends IndicatorRowRule {

    public CostWithGreaterThan() {
        super("COST_WITH_GE", Severity.WARNING, "成本指标使用了“≥”");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        ComparisonOperator operator = row.value().operator();
        if (row.value().isQuantitative() && (operator == ComparisonOperator.GE || operator == ComparisonOperator.GT)
                && ValueRows.isCost(context, row)) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "是成本指标，写成了"
                    + quoted(ValueRows.written(row)) + "；成本是要控制的上限，请用“≤”，如“≤"
                    + ValueRows.plain(row.value().number()) + (row.value().unit() == null ? "" : row.value().unit())
                    + "”");
        }
    }
}
