package com.budgetperf.submission.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.budgetperf.submission.domain.review.LevelFramework;

/**
 * The 一级 → 二级 names a form offers in its drop-down lists and prints in the rows of a blank table: the fiscal
 * year's framework, or, until the catalog has told the year's framework, the 2018 form's names.
 */
public record FormLevels(Map<String, List<String>> tree) {

    private static final FormLevels FORM_2018 = new FormLevels(new LinkedHashMap<>(Map.of(
            "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度指标", List.of("服务对象满意度指标"))));

    public FormLevels {
        tree = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tree));
    }

    /** The year's framework's names; the 2018 form's when there is none (or it is empty). */
    public static FormLevels of(LevelFramework framework) {
        if (framework == null || framework.levels().isEmpty()) {
            return FORM_2018;
        }
        Map<String, List<String>> tree = new LinkedHashMap<>();
        for (String level1 : framework.level1Names()) {
            tree.put(level1, framework.level2Names(level1));
        }
        return new FormLevels(tree);
    }

    List<String> level1Names() {
        return order().stream().filter(tree::containsKey).toList();
    }

    List<String> level2Names() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String level1 : order()) {
            names.addAll(tree.getOrDefault(level1, List.of()));
        }
        return List.copyOf(names);
    }

    /** 产出 before 效益 before 满意度 (Map.of has no order), other 一级 after in the framework's order. */
    private List<String> order() {
        List<String> order = new ArrayList<>(List.of("产出指标", "成本指标", "效益指标", "满意度指标"));
        tree.keySet().stream().filter(name -> !order.contains(name)).forEach(order::add);
        return order;
    }

    /** One row per 二级 (a blank table's pre-printed rows, dropped on reading while nothing is written in them). */
    List<String[]> templateRows() {
        List<String[]> rows = new ArrayList<>();
        for (String level1 : level1Names()) {
            for (String level2 : tree.get(level1)) {
                rows.add(new String[] { level1, level2 });
            }
        }
        return rows;
    }
}
