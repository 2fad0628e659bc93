package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A project without 预算数: its targets cannot be weighed against money. */
public final class MissingBudget extends NamedRule {

    public MissingBudget() {
        super("MISSING_BUDGET", Severity.ERROR, "未填写预算数");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedProject project : context.projects()) {
            if (project.project().budget() == null || project.project().budget().total() == null) {
                findings.report(project.pointer() + "/budget/total", "项目" + quoted(project.project().displayName())
                        + "未填写预算数（万元），请填写预算数及财政资金、其他资金");
            }
        }
    }
}
