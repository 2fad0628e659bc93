package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A project without any 绩效目标 line. */
public final class MissingGoals extends NamedRule {

    public MissingGoals() {
        super("MISSING_GOALS", Severity.ERROR, "未填写绩效目标");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedProject project : context.projects()) {
            if (project.project().goals().stream().allMatch(NamedRule::blank)) {
                findings.report(project.pointer() + "/goals", "项目" + quoted(project.project().displayName())
                        + "没有填写绩效目标，请说明资金使用后预期达到的产出和效果");
            }
        }
        if (blank(context.document().overallGoal())) {
            findings.report("/overallGoal", "未填写部门整体绩效目标，请概述本部门本年度的总体目标");
        }
    }
}
