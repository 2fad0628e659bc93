package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.parse.ParsedValue;
import com.budgetperf.submission.domain.parse.ValueKind;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * Something was written that cannot be read as a value: garbled text, "？？", a lone "≥", or a share above 100 % whose
 * digits are a number typed twice ("≥9595%": 95 twice; "100100%").
 */
public final class UnreadableValue extends IndicatorRowRule {

    public UnreadableValue() {
        super("UNREADABLE_VALUE", Severity.ERROR, "指标值无法识别");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (row.value().kind() == ValueKind.UNREADABLE || typedTwice(row.value())) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(ValueRows.written(row))
                    + "无法识别（可能是乱码、缺了数字或只填了符号），请重新填写，如“≥95%”“1524人”或“上半年完成”");
        }
    }

    /** A % value above 100 whose whole digits are one number of two or more digits written twice. */
    static boolean typedTwice(ParsedValue value) {
        if (!value.isQuantitative() || !"%".equals(value.unit()) || value.number() == null
                || value.number().compareTo(ValueRows.HUNDRED) <= 0 || value.number().scale() > 0) {
            return false;
        }
        String digits = value.number().toPlainString();
        int half = digits.length() / 2;
        return digits.length() % 2 == 0 && half >= 2 && digits.substring(0, half).equals(digits.substring(half));
    }
}
