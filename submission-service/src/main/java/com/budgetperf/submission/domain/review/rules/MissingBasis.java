package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** 指标值确定依据 left empty. */
public final class MissingBasis extends IndicatorRowRule {

    public MissingBasis() {
        super("MISSING_BASIS", Severity.WARNING, "指标值确定依据未填写");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (blank(row.indicator().basis())) {
            findings.report(row.pointer() + "/basis", row.where() + "的指标" + quoted(row.indicator().name())
                    + "未填写指标值确定依据，请选择计划标准、历史标准、行业标准或预算支出标准并说明来源");
        }
    }
}
