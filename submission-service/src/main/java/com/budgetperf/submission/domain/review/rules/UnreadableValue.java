package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.parse.ValueKind;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** Something was written that cannot be read as a value: garbled text, "？？", a lone "≥". */
public final class UnreadableValue extends IndicatorRowRule {

    public UnreadableValue() {
        super("UNREADABLE_VALUE", Severity.ERROR, "指标值无法识别");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (row.value().kind() == ValueKind.UNREADABLE) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(ValueRows.written(row))
                    + "无法识别（可能是乱码、缺了数字或只填了符号），请重新填写，如“≥95%”“1524人”或“上半年完成”");
        }
    }
}
