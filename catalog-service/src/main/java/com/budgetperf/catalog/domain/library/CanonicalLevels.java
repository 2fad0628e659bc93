package com.budgetperf.catalog.domain.library;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The canonical 一级 → 二级 names of docs/architecture.md §1 (2021 framework included): what a template may be filed under. */
public final class CanonicalLevels {

    public static final Map<String, List<String>> LEVELS = Map.of(
            "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度指标", List.of("服务对象满意度指标"),
            "成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));

    private CanonicalLevels() {
    }

    public static boolean isLevel1(String level1) {
        return LEVELS.containsKey(level1);
    }

    public static boolean contains(String level1, String level2) {
        return LEVELS.getOrDefault(level1, List.of()).contains(level2);
    }

    public static Set<String> level1s() {
        return LEVELS.keySet();
    }
}
