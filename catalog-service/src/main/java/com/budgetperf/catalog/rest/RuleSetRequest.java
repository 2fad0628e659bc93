package com.budgetperf.catalog.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import com.budgetperf.platform.input.PlainText;

@Schema(description = "机审规则集草稿：规则开关与严重程度、词表、阈值、同义词", example = """
        {"version":"2026.1","fiscalYear":2026,
         "settings":{"VAGUE_WORDS":{"enabled":true,"severity":"WARNING"},"BUDGET_SUM":{"enabled":true,"severity":"ERROR"}},
         "wordLists":{"vagueWords":["有所提高","明显改善","进一步"]},
         "thresholds":{"minIndicators":3},
         "synonyms":{"效果指标":"效益指标"}}""")
public record RuleSetRequest(
        @Schema(description = "版本号，如 2026.1；发布后不可修改") @Size(max = 40, message = "版本号最多 40 个字符") @PlainText String version,
        @Schema(description = "预算年度，2000 到 2100") Integer fiscalYear,
        @Schema(description = "规则编码 → {enabled, severity: ERROR|WARNING|INFO}") @Size(max = 200, message = "规则设置最多 200 项")
        Map<@Size(max = 60, message = "规则编码最多 60 个字符") @PlainText String, @Valid Setting> settings,
        @Schema(description = "词表名称 → 词") @Size(max = 50, message = "词表最多 50 个")
        Map<@Size(max = 60, message = "词表名称最多 60 个字符") @PlainText String,
                @Size(max = 2000, message = "每个词表最多 2000 个词") List<@Size(max = 100, message = "每个词最多 100 个字符") @PlainText String>> wordLists,
        @Schema(description = "阈值名称 → 非负数") @Size(max = 100, message = "阈值最多 100 项")
        Map<@Size(max = 60, message = "阈值名称最多 60 个字符") @PlainText String,
                @DecimalMax(value = "1000000000000", message = "阈值不能超过 10¹²")
                @Digits(integer = 13, fraction = 6, message = "阈值最多 6 位小数") BigDecimal> thresholds,
        @Schema(description = "写法 → 规范名称") @Size(max = 500, message = "同义词最多 500 项")
        Map<@Size(max = 60, message = "同义词最多 60 个字符") @PlainText String,
                @Size(max = 60, message = "规范名称最多 60 个字符") @PlainText String> synonyms) {

    public record Setting(Boolean enabled, @Size(max = 20, message = "严重程度最多 20 个字符") @PlainText String severity) {
    }
}
