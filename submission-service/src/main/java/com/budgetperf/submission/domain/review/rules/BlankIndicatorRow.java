package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** Rows with nothing filled in, left from the Word template (many in the seeds). */
public final class BlankIndicatorRow extends NamedRule {

    public BlankIndicatorRow() {
        super("BLANK_INDICATOR_ROW", Severity.WARNING, "空白指标行");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedIndicator row : context.indicators()) {
            if (row.indicator().isBlank()) {
                findings.report(row.pointer(), row.where() + "有一行指标没有填写任何内容，请补全或删除该行");
            }
        }
    }
}
