package com.budgetperf.submission.domain.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The parameters of the machine review as versioned data (owned by the catalog, copied here from its
 * events): per rule code enabled and severity, word lists, thresholds and the 一级/二级 synonyms. Until the
 * catalog publishes one, {@link #builtIn()} applies.
 */
public record RuleSet(
        String version,
        Map<String, Setting> settings,
        Map<String, List<String>> wordLists,
        Map<String, BigDecimal> thresholds,
        Map<String, String> synonyms) {

    public record Setting(boolean enabled, Severity severity) {
    }

    public RuleSet {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        wordLists = wordLists == null ? Map.of() : Map.copyOf(wordLists);
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
    }

    public boolean enabled(ReviewRule rule) {
        Setting setting = settings.get(rule.code());
        return setting == null || setting.enabled();
    }

    public Severity severity(ReviewRule rule) {
        Setting setting = settings.get(rule.code());
        return setting == null || setting.severity() == null ? rule.severity() : setting.severity();
    }

    /** A word list by name; empty when the rule set has none (a rule then finds nothing). */
    public List<String> words(String name) {
        return wordLists.getOrDefault(name, List.of());
    }

    public BigDecimal threshold(String name, BigDecimal fallback) {
        return thresholds.getOrDefault(name, fallback);
    }

    /** The canonical 一级/二级 name for a name as written (效果指标 → 效益指标); the trimmed input otherwise. */
    public String canonical(String written) {
        return synonyms.getOrDefault(compact(written), compact(written));
    }

    /** Whether {@code written} is a synonym that {@link #canonical} changes. */
    public boolean isSynonym(String written) {
        return synonyms.containsKey(compact(written));
    }

    private static String compact(String written) {
        if (written == null) {
            return "";
        }
        return written.strip().replace(" ", "").replace("\u3000", "");
    }

    /** The defaults that apply until the catalog publishes a rule set (sources: 财预〔2021〕101号 framework, seeds). */
    public static RuleSet builtIn() {
        return new RuleSet("built-in-1", Map.of(),
                Map.of(
                        "requiredLevel1", List.of("产出指标", "效益指标", "满意度指标"),
                        "requiredOutputLevel2", List.of("数量指标", "质量指标", "时效指标"),
                        "level1Names", List.of("产出指标", "效益指标", "满意度指标", "成本指标"),
                        "level2Names", List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
                                "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标",
                                "生态环境成本指标"),
                        "vagueWords", List.of("提高", "提升", "改善", "加强", "逐步", "进一步", "有效", "明显", "根据实际",
                                "按实际", "稳步", "不断", "较好", "显著", "大幅"),
                        "vagueBasis", List.of("工作需要", "根据需要", "实际需要", "领导要求", "领导批示", "上级要求", "按要求", "无", "其他"),
                        "goalPlaceholders", List.of("完成率", "目标1", "目标2", "目标3", "绩效目标", "无", "略"),
                        "satisfactionWords", List.of("满意度", "满意率", "满意"),
                        "costWords", List.of("成本", "单价", "费用", "补助标准", "补贴标准", "经费"),
                        "valueGrades", List.of("满意", "较满意", "基本满意", "非常满意", "优", "优秀", "良", "良好", "合格",
                                "达标")),
                Map.of(
                        "satisfactionCeiling", new BigDecimal("100"),
                        "quantityCostTolerance", new BigDecimal("0.3"),
                        "errorCost", new BigDecimal("1"),
                        "warningCost", new BigDecimal("1"),
                        "infoCost", new BigDecimal("0"),
                        "scoreMinRows", new BigDecimal("5"),
                        "fundingTolerance", new BigDecimal("0.000001")),
                Map.of(
                        "效果指标", "效益指标",
                        "可持续性影响指标", "可持续影响指标",
                        "环境效益指标", "生态效益指标",
                        "进度指标", "时效指标",
                        "满意指标", "满意度指标"));
    }
}
