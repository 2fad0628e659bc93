package com.budgetperf.submission.domain.review.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** The same goal line twice in one project. (A goal copied from another project: {@link GoalCopiedFromOtherProject}.) */
public final class IdenticalGoals extends NamedRule {

    public IdenticalGoals() {
        super("IDENTICAL_GOALS", Severity.WARNING, "绩效目标重复");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedProject project : context.projects()) {
            Map<String, String> firstSeen = new HashMap<>();
            List<String> goals = project.project().goals();
            for (int i = 0; i < goals.size(); i++) {
                if (blank(goals.get(i))) {
                    continue;
                }
                String pointer = project.pointer() + "/goals/" + i;
                String earlier = firstSeen.putIfAbsent(GoalPlaceholder.withoutNumbering(goals.get(i)), pointer);
                if (earlier != null) {
                    findings.report(pointer, "项目" + quoted(project.project().displayName()) + "的绩效目标"
                            + quoted(goals.get(i)) + "与 " + earlier + " 完全相同，请合并或写出不同的目标");
                }
            }
        }
    }
}
