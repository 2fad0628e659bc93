package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** 预算数 must equal 财政资金 + 其他资金 (a missing 其他资金 counts as 0). */
public final class FundingSumMismatch extends NamedRule {

    public FundingSumMismatch() {
        super("FUNDING_SUM_MISMATCH", Severity.ERROR, "预算数与资金来源合计不符");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        BigDecimal tolerance = context.ruleSet().threshold("fundingTolerance", new BigDecimal("0.000001"));
        for (ReviewContext.LocatedProject located : context.projects()) {
            Budget budget = located.project().budget();
            if (budget == null || budget.total() == null || budget.fiscal() == null) {
                continue;
            }
            BigDecimal other = budget.other() == null ? BigDecimal.ZERO : budget.other();
            BigDecimal sum = budget.fiscal().add(other);
            if (sum.subtract(budget.total()).abs().compareTo(tolerance) > 0) {
                findings.report(located.pointer() + "/budget/total", "项目“" + located.project().displayName()
                        + "”预算数 " + budget.total().stripTrailingZeros().toPlainString() + " 万元不等于财政资金 "
                        + budget.fiscal().stripTrailingZeros().toPlainString() + " 万元与其他资金 "
                        + other.stripTrailingZeros().toPlainString() + " 万元之和（"
                        + sum.stripTrailingZeros().toPlainString() + " 万元），请核对");
            }
        }
    }
}
