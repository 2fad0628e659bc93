package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** Satisfaction measured under 社会效益/生态效益 instead of 满意度指标 (seen in the seeds). */
public final class SatisfactionMisplaced extends IndicatorRowRule {

    public SatisfactionMisplaced() {
        super("SATISFACTION_MISPLACED", Severity.WARNING, "满意度指标放在效益指标下");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        boolean aboutSatisfaction = context.ruleSet().words("satisfactionWords").stream()
                .anyMatch(word -> row.indicator().name() != null && row.indicator().name().contains(word));
        if (aboutSatisfaction && "效益指标".equals(row.level1())) {
            findings.report(row.pointer() + "/level1", row.where() + "的" + quoted(row.indicator().name())
                    + "衡量的是满意度，应放在“满意度指标—服务对象满意度指标”下，而不是" + quoted(row.level2()));
        }
    }
}
