package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A rule that looks at one filled indicator row at a time (blank rows are {@link BlankIndicatorRow}'s business). */
public abstract class IndicatorRowRule extends NamedRule {

    protected IndicatorRowRule(String code, Severity severity, String title) {
        super(code, severity, title);
    }

    @Override
    public final void check(ReviewContext context, FindingSink findings) {
        for (ReviewContext.LocatedIndicator row : context.filledIndicators()) {
            checkRow(context, row, findings);
        }
    }

    protected abstract void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings);
}
