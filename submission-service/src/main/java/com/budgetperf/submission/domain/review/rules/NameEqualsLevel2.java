package com.budgetperf.submission.domain.review.rules;

import java.util.regex.Pattern;

import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A 三级 indicator that only repeats its 二级 or 一级, with or without the word 指标 ("数量指标", "经济效益",
 * "服务对象满意度" under 服务对象满意度指标): no indicator was actually chosen.
 */
public final class NameEqualsLevel2 extends IndicatorRowRule {

    /** A description that says whose satisfaction or what: "机关工作人员对培训机构服务满意度". */
    private static final Pattern NAMES_WHOM = Pattern.compile("\\p{IsHan}{2,}对(?![象像])");

    public NameEqualsLevel2() {
        super("NAME_EQUALS_LEVEL2", Severity.WARNING, "三级指标名称与二级指标相同");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        String name = context.ruleSet().canonical(row.indicator().name());
        if (name.isEmpty()) {
            return;
        }
        if (name.equals(row.level2()) || name.equals(row.level1())) {
            findings.report(row.pointer() + "/name", message(row));
            return;
        }
        String bare = withoutSuffix(name);
        if (bare.equals(withoutSuffix(row.level2())) || bare.equals(withoutSuffix(row.level1()))) {
            String description = row.indicator().description() == null ? "" : row.indicator().description();
            if (NAMES_WHOM.matcher(description).find()) {
                findings.reportUnsure(row.pointer() + "/name", message(row) + "（指标解释已写明对象，可把对象写进名称）");
            } else {
                findings.report(row.pointer() + "/name", message(row));
            }
        }
    }

    private static String message(ReviewContext.LocatedIndicator row) {
        return row.where() + "的三级指标" + quoted(row.indicator().name())
                + "只重复了上级指标名称，请写出具体衡量的内容（如“培训人数”“发放及时率”“参训学员满意度”）";
    }

    private static String withoutSuffix(String level) {
        return level.endsWith("指标") ? level.substring(0, level.length() - 2) : level;
    }
}
