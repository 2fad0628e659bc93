package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/** A basis that names no standard ("工作需要", "上级要求"). Word list: rule set {@code vagueBasis}. */
public final class VagueBasis extends IndicatorRowRule {

    public VagueBasis() {
        super("VAGUE_BASIS", Severity.WARNING, "指标值确定依据不明确");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        String basis = row.indicator().basis();
        if (blank(basis)) {
            return;
        }
        String written = basis.strip();
        boolean vague = context.ruleSet().words("vagueBasis").stream().anyMatch(written::equals)
                || context.ruleSet().words("vagueBasis").stream().anyMatch(word -> word.length() >= 4 && written.contains(word));
        if (vague) {
            findings.report(row.pointer() + "/basis", row.where() + "的指标" + quoted(row.indicator().name())
                    + "的确定依据" + quoted(written) + "不明确，请写明依据的计划、历史数据、行业标准或支出标准");
        }
    }
}
