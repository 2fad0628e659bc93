package com.budgetperf.catalog.domain;

import java.util.List;
import java.util.Map;

/**
 * The two national indicator frameworks every province starts from, as data:
 * <ul>
 * <li>{@code 2018}: 成本 is a 二级 under 产出 (the form of 财预〔2018〕167号-era tables and the 2020 seed);</li>
 * <li>{@code 2021}: 成本指标 is its own 一级 with 经济/社会/生态环境成本 (财预〔2021〕101号).</li>
 * </ul>
 * Synonyms are the names the seeds and older tables use (效果指标, 进度指标, 可持续性影响指标 …).
 */
public final class StandardFrameworks {

    public static final String OLDER = "2018";
    public static final String CURRENT = "2021";

    /**
     * Which framework the fiscal years the platform starts with follow. 2021 still follows the older form: 财预〔2021〕101号
     * came out during 2021, after the 2021 budgets were drawn up (every 2021 table of the seeds puts 成本指标 under
     * 产出指标); the 2021 form applies from the 2022 budgets on.
     */
    public static final Map<Integer, String> YEARS = Map.of(2019, OLDER, 2020, OLDER, 2021, OLDER, 2022, CURRENT,
            2023, CURRENT, 2024, CURRENT, 2025, CURRENT, 2026, CURRENT, 2027, CURRENT);

    private StandardFrameworks() {
    }

    public static Map<String, String> names() {
        return Map.of(OLDER, "绩效指标框架（成本指标在产出指标下）", CURRENT, "绩效指标框架（2021年版，成本指标为一级指标）");
    }

    public static FrameworkTree older() {
        return new FrameworkTree(List.of(output(List.of(level2("成本指标"))), benefit(), satisfaction()));
    }

    public static FrameworkTree current() {
        return new FrameworkTree(List.of(output(List.of()), benefit(),
                new FrameworkTree.Level1("成本指标", List.of(), List.of(level2("经济成本指标"), level2("社会成本指标"),
                        level2("生态环境成本指标"))),
                satisfaction()));
    }

    private static FrameworkTree.Level1 output(List<FrameworkTree.Level2> extra) {
        List<FrameworkTree.Level2> children = new java.util.ArrayList<>(List.of(level2("数量指标"), level2("质量指标"),
                new FrameworkTree.Level2("时效指标", List.of("进度指标"))));
        children.addAll(extra);
        return new FrameworkTree.Level1("产出指标", List.of(), children);
    }

    private static FrameworkTree.Level1 benefit() {
        return new FrameworkTree.Level1("效益指标", List.of("效果指标"), List.of(level2("经济效益指标"),
                level2("社会效益指标"), new FrameworkTree.Level2("生态效益指标", List.of("环境效益指标")),
                new FrameworkTree.Level2("可持续影响指标", List.of("可持续性影响指标"))));
    }

    private static FrameworkTree.Level1 satisfaction() {
        return new FrameworkTree.Level1("满意度指标", List.of(), List.of(level2("服务对象满意度指标")));
    }

    private static FrameworkTree.Level2 level2(String name) {
        return new FrameworkTree.Level2(name, List.of());
    }
}
