package com.budgetperf.submission.domain.review.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A goal line word for word the same as one of another project. Related projects (the central and the provincial
 * share of one subsidy) may rightly share a goal, so this only informs.
 */
public final class GoalCopiedFromOtherProject extends NamedRule {

    public GoalCopiedFromOtherProject() {
        super("GOAL_COPIED", Severity.INFO, "绩效目标与其他项目相同");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        Map<String, ReviewContext.LocatedProject> firstProject = new HashMap<>();
        for (ReviewContext.LocatedProject project : context.projects()) {
            List<String> goals = project.project().goals();
            for (int i = 0; i < goals.size(); i++) {
                if (blank(goals.get(i))) {
                    continue;
                }
                String key = GoalPlaceholder.withoutNumbering(goals.get(i));
                ReviewContext.LocatedProject earlier = firstProject.putIfAbsent(key, project);
                if (earlier != null && earlier != project) {
                    findings.report(project.pointer() + "/goals/" + i, "项目" + quoted(project.project().displayName())
                            + "的绩效目标" + quoted(goals.get(i)) + "与项目" + quoted(earlier.project().displayName())
                            + "的目标完全相同；如两个项目确实目标一致可保留，否则请按本项目的资金用途填写");
                }
            }
        }
    }
}
