package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A 一级/二级 name that is not in the fiscal year's framework (or the rule set's names without one), even after synonyms. */
public final class UnknownLevel extends IndicatorRowRule {

    public UnknownLevel() {
        super("UNKNOWN_LEVEL", Severity.WARNING, "指标层级不在指标框架内");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        var framework = context.framework();
        boolean level1Known = framework.map(known -> known.hasLevel1(row.level1()))
                .orElseGet(() -> context.ruleSet().words("level1Names").contains(row.level1()));
        if (!level1Known) {
            String choices = framework.map(known -> String.join("、", known.level1Names()))
                    .orElse("产出指标、效益指标、满意度指标或成本指标");
            findings.report(row.pointer() + "/level1", row.where() + "的一级指标" + quoted(row.indicator().level1())
                    + "不在指标框架内，请选择" + choices);
        }
        // a 一级 name written as 二级 (成本指标 under 产出指标 in the 2021 form) is LEVEL2_OUTSIDE_LEVEL1's finding
        boolean level2Known = framework.map(known -> known.hasLevel2(row.level2()) || known.hasLevel1(row.level2()))
                .orElseGet(() -> context.ruleSet().words("level2Names").contains(row.level2()));
        if (!level2Known) {
            findings.report(row.pointer() + "/level2", row.where() + "的二级指标" + quoted(row.indicator().level2())
                    + "不在指标框架内，请按框架选择（如数量指标、社会效益指标、服务对象满意度指标）");
        }
    }
}
