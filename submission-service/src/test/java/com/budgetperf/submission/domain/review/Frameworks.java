package com.budgetperf.submission.domain.review;

import java.util.ArrayList;
import java.util.List;

/** The catalog's two standard frameworks as the catalog publishes them (catalog-service StandardFrameworks). */
public final class Frameworks {

    private Frameworks() {
    }

    /** 2018 form: 成本指标 a 二级 of 产出指标. */
    public static LevelFramework older() {
        return new LevelFramework("2018", "绩效指标框架（成本指标在产出指标下）",
                List.of(output(List.of(level2("成本指标"))), benefit(), satisfaction()));
    }

    /** 2021 form: 成本指标 its own 一级 with 经济/社会/生态环境成本指标. */
    public static LevelFramework current() {
        return new LevelFramework("2021", "绩效指标框架（2021年版，成本指标为一级指标）", List.of(output(List.of()), benefit(),
                new LevelFramework.Level1("成本指标", List.of(), List.of(level2("经济成本指标"), level2("社会成本指标"),
                        level2("生态环境成本指标"))),
                satisfaction()));
    }

    private static LevelFramework.Level1 output(List<LevelFramework.Level2> extra) {
        List<LevelFramework.Level2> children = new ArrayList<>(List.of(level2("数量指标"), level2("质量指标"),
                new LevelFramework.Level2("时效指标", List.of("进度指标"))));
        children.addAll(extra);
        return new LevelFramework.Level1("产出指标", List.of(), children);
    }

    private static LevelFramework.Level1 benefit() {
        return new LevelFramework.Level1("效益指标", List.of("效果指标"), List.of(level2("经济效益指标"),
                level2("社会效益指标"), new LevelFramework.Level2("生态效益指标", List.of("环境效益指标")),
                new LevelFramework.Level2("可持续影响指标", List.of("可持续性影响指标"))));
    }

    private static LevelFramework.Level1 satisfaction() {
        return new LevelFramework.Level1("满意度指标", List.of(), List.of(level2("服务对象满意度指标")));
    }

    private static LevelFramework.Level2 level2(String name) {
        return new LevelFramework.Level2(name, List.of());
    }
}
