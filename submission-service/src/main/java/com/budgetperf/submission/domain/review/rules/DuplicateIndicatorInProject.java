package com.budgetperf.submission.domain.review.rules;

import java.util.HashMap;
import java.util.Map;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** The same 三级 indicator twice in one project (or twice among the department indicators). */
public final class DuplicateIndicatorInProject extends NamedRule {

    public DuplicateIndicatorInProject() {
        super("DUPLICATE_INDICATOR", Severity.WARNING, "同一项目内三级指标重复");
    }

    @Override
    public void check(ReviewContext context, FindingSink findings) {
        Map<String, String> firstSeen = new HashMap<>();
        for (ReviewContext.LocatedIndicator row : context.filledIndicators()) {
            String name = row.indicator().name() == null ? "" : row.indicator().name().strip();
            if (name.isEmpty()) {
                continue;
            }
            String earlier = firstSeen.putIfAbsent(row.owner() + "|" + name, row.pointer());
            if (earlier != null) {
                findings.report(row.pointer(), row.where() + "的三级指标“" + name + "”重复出现（另见 " + earlier
                        + "），请合并或改为不同的指标");
            }
        }
    }
}
