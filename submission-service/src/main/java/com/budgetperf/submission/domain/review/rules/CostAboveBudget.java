package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A total cost (unit 元, 万元, 千元 or 亿元, converted to 万元) above the project's 预算数. Per-unit costs such as
 * 元/人 or 元/月/人 are not totals and are not compared.
 */
public final class CostAboveBudget extends IndicatorRowRule {

    public CostAboveBudget() {
        super("COST_ABOVE_BUDGET", Severity.ERROR, "成本金额超过项目预算数");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (row.project() == null || row.project().budget() == null || row.project().budget().total() == null
                || !ValueRows.isCost(context, row)) {
            return;
        }
        BigDecimal amount = ValueRows.totalInWanYuan(row.value());
        BigDecimal total = row.project().budget().total();
        if (amount != null && amount.compareTo(total) > 0) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的金额" + quoted(ValueRows.written(row))
                    + "（" + ValueRows.plain(amount) + "万元）超过了项目预算数" + ValueRows.plain(total)
                    + "万元；成本不能超过预算，请核对金额和单位（元还是万元），人均或单价请写成“元/人”等");
        }
    }
}
