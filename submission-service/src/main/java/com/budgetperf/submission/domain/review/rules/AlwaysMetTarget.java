package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;

import com.budgetperf.submission.domain.parse.ComparisonOperator;
import com.budgetperf.submission.domain.parse.ParsedValue;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A target met by doing nothing: "≥0件", "≥0%", ">0", or a rate "≤100%". */
public final class AlwaysMetTarget extends IndicatorRowRule {

    public AlwaysMetTarget() {
        super("ALWAYS_MET_TARGET", Severity.WARNING, "指标值不做任何工作也能达到");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        ParsedValue value = row.value();
        if (!value.isQuantitative() || value.number() == null) {
            return;
        }
        boolean atLeastZero = (value.operator() == ComparisonOperator.GE || value.operator() == ComparisonOperator.GT)
                && value.number().signum() == 0;
        boolean rateUpToHundred = value.operator() == ComparisonOperator.LE && ValueRows.isPercent(value)
                && value.number().compareTo(ValueRows.HUNDRED) == 0;
        if (atLeastZero) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的目标" + quoted(ValueRows.written(row))
                    + "不开展任何工作也能达到，无法考核；请填写本年计划完成的数量，如“≥120"
                    + (value.unit() == null ? "" : value.unit()) + "”（可参考上年实际完成数）");
        } else if (rateUpToHundred) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的目标" + quoted(ValueRows.written(row))
                    + "对任何比率都成立，无法考核；要求达到的比率请写“≥”（如“≥95%”“=100%”），要控制的比率请写具体上限（如“≤5%”）");
        }
    }
}
