package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.parse.ValueFlag;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A number without a unit (">=95"), with a word that is not a unit of the vocabulary (measure words such as 种, 起,
 * 场 are units), or with 万 alone where the amount needs 万元.
 */
public final class MissingUnit extends IndicatorRowRule {

    public MissingUnit() {
        super("MISSING_UNIT", Severity.WARNING, "指标值缺少计量单位");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (!row.value().isQuantitative()) {
            return;
        }
        if (row.value().unit() == null || row.value().unit().isBlank()) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(ValueRows.written(row))
                    + "只有数字没有单位，请补上计量单位，如“≥95%”“1524人”“≤20万元”");
        } else if (row.value().has(ValueFlag.MONEY_UNIT_INCOMPLETE)) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(ValueRows.written(row))
                    + "只写了“万”，缺少“元”（或人、户等计量单位）；已暂按万元理解，请写明，如“1574万元”");
        } else if (row.value().has(ValueFlag.UNKNOWN_UNIT)) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(ValueRows.written(row))
                    + "中的" + quoted(row.value().unit()) + "不是常用计量单位，请改用规范单位，如“人”“户”“个”“件”“%”“万元”");
        }
    }
}
