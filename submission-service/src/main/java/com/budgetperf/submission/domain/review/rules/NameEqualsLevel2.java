package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A 三级 indicator named like its 二级 ("数量指标" under 数量指标): no indicator was actually chosen. */
public final class NameEqualsLevel2 extends IndicatorRowRule {

    public NameEqualsLevel2() {
        super("NAME_EQUALS_LEVEL2", Severity.WARNING, "三级指标名称与二级指标相同");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        String name = context.ruleSet().canonical(row.indicator().name());
        if (!name.isEmpty() && (name.equals(row.level2()) || name.equals(row.level1()))) {
            findings.report(row.pointer() + "/name", row.where() + "的三级指标" + quoted(row.indicator().name())
                    + "只重复了上级指标名称，请写出具体衡量的内容（如“培训人数”“发放及时率”）");
        }
    }
}
