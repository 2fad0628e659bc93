package com.budgetperf.submission.domain.review.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.budgetperf.submission.domain.parse.ValueFlag;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A number without the unit it needs, or with a wrong one: ">=95" with no unit; "1574万" or "预计10万" (万 of what?
 * an amount is 万元); a unit the name contradicts (name "（份）" or "人次", value in 篇 or 人; a rate name with a
 * count); a word that is no unit. Ordinary Chinese measure words (种, 起, 场, 期…: rule set {@code measureWords})
 * are units.
 */
public final class MissingUnit extends IndicatorRowRule {

    private static final java.util.regex.Pattern MEASURE_WORD_FORM = java.util.regex.Pattern.compile("\\p{IsHan}");

    private static final Pattern WAN_WITHOUT_YUAN = Pattern.compile("\\d\\s*万(?![元人户个件次亩册份名平方千米公里吨]|余人)");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("[（(]\\s*([\\p{IsHan}%]{1,3})\\s*[)）]\\s*$");

    public MissingUnit() {
        super("MISSING_UNIT", Severity.WARNING, "指标值单位缺失或有误");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        String written = ValueRows.written(row);
        String name = row.indicator().name() == null ? "" : row.indicator().name().strip();
        List<String> measureWords = context.ruleSet().words("measureWords");
        if (wanWithoutUnit(written, measureWords) || row.value().has(ValueFlag.MONEY_UNIT_INCOMPLETE)) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(written)
                    + "只写了“万”，没有写明是万元还是万人等；金额请写“万元”");
            return;
        }
        if (!row.value().isQuantitative()) {
            return;
        }
        String unit = row.value().unit();
        if (unit == null || unit.isBlank()) {
            if (context.ruleSet().anyWordIn("dimensionlessNameWords", name)) {
                return; // "灌溉水有效利用系数 ≥0.65": a ratio's value is a plain number
            }
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(written)
                    + "只有数字没有单位，请补上计量单位，如“≥95%”“1524人”“≤20万元”");
            return;
        }
        String expected = expectedUnit(context, row, name);
        if (expected != null && !expected.equals(unit)) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "计量的是" + quoted(expected)
                    + "，指标值" + quoted(written) + "的单位却是" + quoted(unit) + "，请统一单位");
            return;
        }
        // one Chinese character after a number is a measure word by its form ("200顶", "3艘"), listed or not: no
        // evidence of a wrong unit; what is reported is a unit that is no measure word ("5项目", "3pcs")
        if (row.value().has(ValueFlag.UNKNOWN_UNIT) && !MEASURE_WORD_FORM.matcher(unit).matches()
                && !measureWords.contains(unit)
                && measureWords.stream().noneMatch(word -> unit.startsWith(word + "/"))) {
            findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(written)
                    + "中的" + quoted(unit) + "不是常用计量单位，请改用规范单位，如“人”“户”“个”“件”“%”“万元”");
        }
    }

    /** "预计10万" yes; "1.6万亩", "120万头（只）", "3万人次" no: 万 before a measure word of the rule set is a magnitude. */
    static boolean wanWithoutUnit(String written, List<String> measureWords) {
        Matcher wan = WAN_WITHOUT_YUAN.matcher(written);
        while (wan.find()) {
            String after = written.substring(wan.end());
            if (measureWords.stream().noneMatch(after::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** The unit the row's name asks for: "（份）" at its end, 人次 in name or description, a count for a rate name. */
    private static String expectedUnit(ReviewContext context, ReviewContext.LocatedIndicator row, String name) {
        String unit = row.value().unit();
        Matcher inName = UNIT_IN_NAME.matcher(name);
        if (inName.find()) {
            String asked = inName.group(1);
            return asked.equals("％") ? "%" : asked;
        }
        String description = row.indicator().description() == null ? "" : row.indicator().description();
        if ("人".equals(unit) && (name.contains("人次") || description.contains("人次"))) {
            return "人次";
        }
        boolean rateName = name.endsWith("率");
        if (rateName && context.ruleSet().words("countUnits").contains(unit)) {
            return "%";
        }
        return null;
    }
}
