package com.budgetperf.submission.domain.parse;

import java.util.Map;
import java.util.Set;

/** Brings the many ways a unit is written to one form: 百分数 → %, 万 → 万元, 个工作日 → 工作日. */
final class UnitNormaliser {

    /** A unit as written and as normalised; {@code known} is false for words not in the list. */
    record Unit(String value, boolean rewritten, boolean known) {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("百分数", "%"), Map.entry("百分比", "%"), Map.entry("百分率", "%"),
            Map.entry("％", "%"), Map.entry("﹪", "%"),
            Map.entry("万", "万元"), Map.entry("个工作日", "工作日"), Map.entry("个月", "月"),
            Map.entry("日", "天"), Map.entry("个小时", "小时"), Map.entry("㎡", "平方米"),
            Map.entry("m2", "平方米"), Map.entry("km", "公里"), Map.entry("千米", "公里"),
            Map.entry("名", "人"), Map.entry("位", "人"));

    private static final Set<String> KNOWN = Set.of(
            "%", "‰", "百分点", "万元", "元", "亿元", "千元",
            "人", "人次", "万人", "万人次", "户", "家", "所", "个", "件", "项", "次", "套", "篇", "期", "条",
            "台", "辆", "场", "批", "份", "本", "册", "张", "处", "座", "间", "栋", "个人", "岗位", "课时", "学时",
            "天", "工作日", "小时", "分钟", "周", "月", "年", "季度",
            "平方米", "平方公里", "公里", "米", "亩", "公顷", "吨", "立方米", "千瓦", "分");

    private UnitNormaliser() {
    }

    /** Normalises one unit; composite units such as 元/平方米/天 are normalised part by part. */
    static Unit normalise(String written) {
        String unit = written.strip();
        if (unit.isEmpty()) {
            return new Unit(null, false, true);
        }
        if (unit.indexOf('/') > 0 && !unit.endsWith("/")) {
            StringBuilder joined = new StringBuilder();
            boolean rewritten = false;
            boolean known = true;
            for (String part : unit.split("/")) {
                Unit single = normaliseSingle(part.strip());
                if (single.value() == null) {
                    return new Unit(unit, false, false);
                }
                joined.append(joined.isEmpty() ? "" : "/").append(single.value());
                rewritten |= single.rewritten();
                known &= single.known();
            }
            return new Unit(joined.toString(), rewritten, known);
        }
        return normaliseSingle(unit);
    }

    private static Unit normaliseSingle(String unit) {
        if (unit.isEmpty()) {
            return new Unit(null, false, false);
        }
        String alias = ALIASES.get(unit);
        if (alias != null) {
            return new Unit(alias, true, true);
        }
        return new Unit(unit, false, KNOWN.contains(unit));
    }
}
