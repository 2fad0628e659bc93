package com.budgetperf.catalog.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "机审规则集草稿：规则开关与严重程度、词表、阈值、同义词", example = """
        {"version":"2026.1","fiscalYear":2026,
         "settings":{"VAGUE_WORDS":{"enabled":true,"severity":"WARNING"},"BUDGET_SUM":{"enabled":true,"severity":"ERROR"}},
         "wordLists":{"vagueWords":["有所提高","明显改善","进一步"]},
         "thresholds":{"minIndicators":3},
         "synonyms":{"效果指标":"效益指标"}}""")
public record RuleSetRequest(
        @Schema(description = "版本号，如 2026.1；发布后不可修改") String version,
        @Schema(description = "预算年度，2000 到 2100") Integer fiscalYear,
        @Schema(description = "规则编码 → {enabled, severity: ERROR|WARNING|INFO}") Map<String, Setting> settings,
        @Schema(description = "词表名称 → 词") Map<String, List<String>> wordLists,
        @Schema(description = "阈值名称 → 非负数") Map<String, BigDecimal> thresholds,
        @Schema(description = "写法 → 规范名称") Map<String, String> synonyms) {

    public record Setting(Boolean enabled, String severity) {
    }
}
