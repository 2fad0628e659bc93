package com.budgetperf.submission.domain.review.rules;

import java.util.Optional;

import com.budgetperf.submission.domain.review.LevelFramework;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A 二级 under a 一级 it does not belong to in the fiscal year's framework: 服务对象满意度指标 under 效益指标, or, in a
 * year of the 2021 form, 成本指标 written as a 二级 of 产出指标 (there it is a 一级 with 经济/社会/生态环境成本指标).
 * Only with a known framework; names unknown to it are {@link UnknownLevel}'s business.
 */
public final class Level2OutsideLevel1 extends IndicatorRowRule {

    public Level2OutsideLevel1() {
        super("LEVEL2_OUTSIDE_LEVEL1", Severity.WARNING, "二级指标不属于所填一级指标");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        Optional<LevelFramework> known = context.framework();
        if (known.isEmpty() || row.level2().isEmpty() || !known.get().hasLevel1(row.level1())) {
            return;
        }
        LevelFramework framework = known.get();
        String frameworkName = "本年度指标框架（" + framework.code() + "版）";
        Optional<String> owner = framework.level1Of(row.level2());
        if (owner.isPresent() && !owner.get().equals(row.level1())) {
            findings.report(row.pointer() + "/level2", row.where() + "的二级指标" + quoted(row.level2()) + "在"
                    + frameworkName + "中属于一级指标" + quoted(owner.get()) + "，不应放在" + quoted(row.level1())
                    + "下；请改为" + quoted(owner.get()) + "，或按" + quoted(row.level1()) + "下的二级指标（"
                    + String.join("、", framework.level2Names(row.level1())) + "）重新归类");
        } else if (owner.isEmpty() && framework.hasLevel1(row.level2()) && !row.level2().equals(row.level1())) {
            findings.report(row.pointer() + "/level2", row.where() + "把" + quoted(row.level2()) + "填作"
                    + quoted(row.level1()) + "的二级指标，但在" + frameworkName + "中" + quoted(row.level2())
                    + "是一级指标，其二级指标为" + String.join("、", framework.level2Names(row.level2()))
                    + "；请把一级指标改为" + quoted(row.level2()) + "并选择相应的二级指标");
        }
    }
}
