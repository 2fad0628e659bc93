package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * An older or local name for a 一级/二级 (效果指标, 进度指标 …), by the year's framework or the rule set's synonyms:
 * understood, normalised in what is stored and published, and pointed out.
 */
public final class LevelSynonym extends IndicatorRowRule {

    public LevelSynonym() {
        super("LEVEL_SYNONYM", Severity.INFO, "指标层级名称已按标准名称归一");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (renamed(context, row.indicator().level1(), row.level1())) {
            findings.report(row.pointer() + "/level1", "一级指标" + quoted(row.indicator().level1()) + "已按"
                    + quoted(row.level1()) + "处理，建议今后使用标准名称");
        }
        if (renamed(context, row.indicator().level2(), row.level2())) {
            findings.report(row.pointer() + "/level2", "二级指标" + quoted(row.indicator().level2()) + "已按"
                    + quoted(row.level2()) + "处理，建议今后使用标准名称");
        }
    }

    /** A synonym of the rule set or of the year's framework: the name understood differs from the name written. */
    private static boolean renamed(ReviewContext context, String written, String understood) {
        if (blank(written)) {
            return false;
        }
        return context.ruleSet().isSynonym(written)
                || !written.strip().replace(" ", "").replace("\u3000", "").equals(understood);
    }
}
