package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A 涉密 project (flagged, or its cells read 涉密): its rows are not checked by any rule; one INFO says so, so that
 * a reviewer knows the table was seen and left to the offline review.
 */
public final class ClassifiedProject extends NamedRule {

    public ClassifiedProject() {
        super("CLASSIFIED_PROJECT", Severity.INFO, "涉密项目未作机审");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedProject project : context.classifiedProjects()) {
            findings.report(project.pointer(), "项目" + quoted(project.project().displayName())
                    + "为涉密项目，绩效目标表未作逐行机审，请按涉密管理规定线下报送审核");
        }
    }
}
