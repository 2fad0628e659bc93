package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A 成本指标 written as a percentage ("按预算资金完成率 ≥100%"): a cost is an amount, a rate is quality. */
public final class CostAsPercent extends IndicatorRowRule {

    public CostAsPercent() {
        super("COST_AS_PERCENT", Severity.WARNING, "成本指标填写为百分比");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (ValueRows.isCost(context, row) && ValueRows.isPercent(row.value())) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "是成本指标，指标值却是百分比"
                    + quoted(ValueRows.written(row)) + "；成本指标应填写金额上限（如“≤1500元/人”“≤20万元”），"
                    + "完成率、执行率等比率请放在“质量指标”下");
        }
    }
}
