package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.MeasureClassifier;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * Satisfaction measured outside 满意度指标 (under 社会效益, 质量…): by its name, or (less sure, so INFO) only by its
 * description (指标解释) when the name is neutral ("群众评价" explained as "受益群众满意度").
 */
public final class SatisfactionMisplaced extends IndicatorRowRule {

    public SatisfactionMisplaced() {
        super("SATISFACTION_MISPLACED", Severity.WARNING, "满意度指标放在满意度以外");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if ("满意度指标".equals(row.level1()) || row.level2().contains("满意")) {
            return;
        }
        MeasureClassifier classifier = new MeasureClassifier(context.ruleSet());
        if (classifier.satisfaction(row.indicator().name())) {
            findings.report(row.pointer() + "/level1", message(row));
        } else if (classifier.satisfaction(row.indicator().description())) {
            findings.reportUnsure(row.pointer() + "/level1", message(row) + "（据指标解释判断）");
        }
    }

    private static String message(ReviewContext.LocatedIndicator row) {
        return row.where() + "的" + quoted(row.indicator().name())
                + "衡量的是满意度，应放在“满意度指标—服务对象满意度指标”下，而不是" + quoted(row.level2());
    }
}
