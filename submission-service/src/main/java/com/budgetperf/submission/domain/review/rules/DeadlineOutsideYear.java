package com.budgetperf.submission.domain.review.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.budgetperf.submission.domain.parse.ValueKind;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A deadline naming a year other than the fiscal year ("2020年底前完成" in a 2021 table, often copied from last
 * year's form). The latest year named counts. Deadlines without a year ("6月底完成", "每季度末") are fine.
 */
public final class DeadlineOutsideYear extends IndicatorRowRule {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|[.\\-/]\\s*\\d{1,2}(?!\\d))");

    public DeadlineOutsideYear() {
        super("DEADLINE_OUTSIDE_YEAR", Severity.WARNING, "完成时限不在预算年度内");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        boolean deadline = row.value().kind() == ValueKind.DEADLINE
                || ("时效指标".equals(row.level2()) && row.value().kind() == ValueKind.QUALITATIVE);
        if (!deadline || context.fiscalYear() <= 0) {
            return;
        }
        Matcher m = YEAR.matcher(row.value().text());
        int latest = 0;
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        if (latest != 0 && latest != context.fiscalYear()) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的时限" + quoted(ValueRows.written(row))
                    + "写的是" + latest + "年，不是预算年度" + context.fiscalYear() + "年；请写本年度内的时间，如“"
                    + context.fiscalYear() + "年12月底前完成”或“上半年完成”");
        }
    }
}
