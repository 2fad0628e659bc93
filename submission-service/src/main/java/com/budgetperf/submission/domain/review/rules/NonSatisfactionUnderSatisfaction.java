package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A row under 满意度指标 that does not measure anybody's satisfaction. */
public final class NonSatisfactionUnderSatisfaction extends IndicatorRowRule {

    public NonSatisfactionUnderSatisfaction() {
        super("NON_SATISFACTION_UNDER_SATISFACTION", Severity.WARNING, "满意度指标下不是满意度");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        String name = row.indicator().name() == null ? "" : row.indicator().name();
        boolean aboutSatisfaction = context.ruleSet().anyWordIn("satisfactionWords", name);
        if ("满意度指标".equals(row.level1()) && !name.isBlank() && !aboutSatisfaction
                && !name.equals(row.level2())) {
            findings.report(row.pointer() + "/name", row.where() + "的" + quoted(name)
                    + "放在满意度指标下，但不是满意度，请移到产出或效益指标，或改为服务对象满意度");
        }
    }
}
