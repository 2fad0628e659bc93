package com.budgetperf.submission.domain.review.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import com.budgetperf.submission.domain.parse.ParsedValue;
import com.budgetperf.submission.domain.review.ReviewContext;

/** What the value rules share: which rows are cost rows, how amounts compare, how a value is quoted. */
final class ValueRows {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    /** Money units that hold a total amount, with what one of them is in 万元. */
    private static final java.util.Map<String, BigDecimal> TOTAL_MONEY_UNITS = java.util.Map.of(
            "元", BigDecimal.ONE.divide(TEN_THOUSAND), "千元", new BigDecimal("0.1"), "万元", BigDecimal.ONE,
            "亿元", TEN_THOUSAND);

    private static final Set<String> MONEY_UNITS = Set.of("元", "千元", "万元", "亿元");

    private ValueRows() {
    }

    /**
     * A cost row: under 二级 成本指标 (or 经济/社会/生态环境成本指标), under 一级 成本指标, or, when the 二级 is
     * blank or not a known 二级 name, named with a word of rule set {@code costWords} ("补助标准", "经费"…). A row
     * explicitly placed under 数量/质量/时效 or an 效益 二级 is not a cost row because of its name alone.
     */
    static boolean isCost(ReviewContext context, ReviewContext.LocatedIndicator row) {
        if (row.level2().endsWith("成本指标") || "成本指标".equals(row.level1())) {
            return true;
        }
        String name = row.indicator().name();
        if (name == null || name.isBlank()) {
            return false;
        }
        boolean knownLevel2 = !row.level2().isEmpty() && context.ruleSet().words("level2Names").contains(row.level2());
        return !knownLevel2 && context.ruleSet().anyWordIn("costWords", name);
    }

    static boolean isPercent(ParsedValue value) {
        return value.isQuantitative() && "%".equals(value.unit());
    }

    static boolean isSatisfaction(ReviewContext context, ReviewContext.LocatedIndicator row) {
        String name = row.indicator().name();
        return name != null && context.ruleSet().anyWordIn("satisfactionWords", name);
    }

    /** A total amount in 万元 for units 元 / 千元 / 万元 / 亿元; null for per-unit costs (元/人) and anything else. */
    static BigDecimal totalInWanYuan(ParsedValue value) {
        if (!value.isQuantitative() || value.number() == null || value.unit() == null) {
            return null;
        }
        BigDecimal factor = TOTAL_MONEY_UNITS.get(value.unit());
        return factor == null ? null : value.number().multiply(factor);
    }

    /** For a per-unit cost such as 元/人 or 万元/个: the amount of one unit in 万元; null otherwise. */
    static BigDecimal perUnitInWanYuan(ParsedValue value) {
        String per = perWhat(value);
        if (per == null) {
            return null;
        }
        String money = value.unit().substring(0, value.unit().indexOf('/'));
        return value.number().multiply(TOTAL_MONEY_UNITS.get(money));
    }

    /** "人" for 元/人, "个" for 万元/个; null when the unit is not money per one other unit (元/月/人 is not). */
    static String perWhat(ParsedValue value) {
        if (!value.isQuantitative() || value.number() == null || value.unit() == null) {
            return null;
        }
        String[] parts = value.unit().split("/");
        if (parts.length != 2 || !MONEY_UNITS.contains(parts[0]) || parts[1].isBlank()) {
            return null;
        }
        return parts[1];
    }

    /** The value as the clerk wrote it, for quoting in a message (the split columns joined). */
    static String written(ReviewContext.LocatedIndicator row) {
        if (row.indicator().value() != null && !row.indicator().value().asWritten().isBlank()) {
            return row.indicator().value().asWritten().strip();
        }
        return row.value().text().isEmpty() ? row.value().raw() : row.value().text();
    }

    /** "项目“就业补助资金”的指标“城镇新增就业人数”". */
    static String subject(ReviewContext.LocatedIndicator row) {
        return row.where() + "的指标" + NamedRule.quoted(row.indicator().name());
    }

    static String plain(BigDecimal number) {
        BigDecimal shown = number.scale() > 2 ? number.setScale(2, RoundingMode.HALF_UP) : number;
        return shown.stripTrailingZeros().toPlainString();
    }
}
