package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;

import com.budgetperf.submission.domain.parse.ComparisonOperator;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A satisfaction target at 100% (threshold {@code satisfactionCeiling}): no survey reaches it, nothing to improve. */
public final class SatisfactionAtCeiling extends IndicatorRowRule {

    public SatisfactionAtCeiling() {
        super("SATISFACTION_AT_CEILING", Severity.WARNING, "满意度目标为100%");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        ComparisonOperator operator = row.value().operator();
        BigDecimal ceiling = context.ruleSet().threshold("satisfactionCeiling", ValueRows.HUNDRED);
        if (ValueRows.isSatisfaction(context, row) && ValueRows.isPercent(row.value())
                && operator != ComparisonOperator.LE && operator != ComparisonOperator.LT
                && row.value().number().compareTo(ceiling) >= 0) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的目标" + quoted(ValueRows.written(row))
                    + "要求所有被调查对象都满意，抽样调查几乎不可能达到，也不能区分好坏；请按以往调查结果或行业标准填写，如“≥90%”");
        }
    }
}
