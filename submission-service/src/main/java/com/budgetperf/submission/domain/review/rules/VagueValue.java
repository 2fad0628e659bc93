package com.budgetperf.submission.domain.review.rules;

import java.util.Optional;
import java.util.regex.Pattern;

import com.budgetperf.submission.domain.parse.ValueFlag;
import com.budgetperf.submission.domain.parse.ValueKind;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A worded 指标值 that cannot be checked at year end. 财预〔2021〕101号 asks for targets that can be measured: a
 * qualitative value is acceptable only when it states a state that is either reached or not: a grade (rule set
 * {@code valueGrades}: 合格, 达标, 优…), full completion or a time ({@code checkableValueWords}: 全部, 足额, 按时,
 * 每月, 上半年, 不发生, 清零…) or a grade of a standard ("达到C级"), a comparison with a named base ("不低于上年度",
 * "与上年持平": the base's figure decides), a title or status kept or gained ("保持" under a name of
 * {@code statusNameWords}: 称号, 资格…) or inclusion in a named assessment, list or plan ("纳入乡镇年度综合考核":
 * {@code inclusionObjects}). Otherwise ("稳定", "及时拨付", "有所提高", "做好服务", "满意") it is vague; the word of
 * {@code vagueWords} it holds, if any, is quoted.
 */
public final class VagueValue extends IndicatorRowRule {

    /** A grade of a standard or a rating ("达到C级", "二级以上", "甲等"; not "村三级设专网"): reached or not at year end. */
    private static final Pattern GRADE = Pattern.compile(
            "[A-EＡ-Ｅ]\\s*级|(?:达到|不低于|保持)[一二三四五1-5]\\s*级|[一二三四五1-5]\\s*级以上|[甲乙丙]等");

    /** A comparison with a base whose figure is on record: "不低于上年度", "高于全省平均", "与上年持平". */
    private static final Pattern AGAINST_A_BASE = Pattern.compile(
            "(?:不低于|不少于|不高于|不超过|不减少|不下降|高于|低于|优于|超过|持平).{0,4}(?:上年|上一年|去年|同期|基期|往年|平均|全省|全市|全国)"
                    + "|(?:上年|上一年|去年|同期|基期)(?:水平)?持平");

    public VagueValue() {
        super("VAGUE_VALUE", Severity.WARNING, "指标值表述模糊");
    }

    /** A digit of any script ({@link Character#isDigit}: 9, ９). */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (row.value().kind() != ValueKind.QUALITATIVE) {
            return;
        }
        String text = row.value().text().replace(" ", "");
        if (text.isEmpty() || context.ruleSet().words("valueGrades").contains(text)) {
            return;
        }
        Optional<String> word = context.ruleSet().firstWordIn("vagueWords", text);
        boolean checkableWord = context.ruleSet().anyWordIn("checkableValueWords", text);
        boolean checkable = checkableWord || hasDigit(text) || GRADE.matcher(text).find()
                || AGAINST_A_BASE.matcher(text).find() || aStatus(context, row.indicator().name(), text);
        if (checkable && word.isEmpty() && !row.value().has(ValueFlag.VAGUE_WORDING)) {
            return;
        }
        if (checkable && word.isPresent() && !row.value().has(ValueFlag.VAGUE_WORDING) && checkableWord) {
            return; // "确保按时足额发放": the checkable part decides
        }
        String how = "产出指标".equals(row.level1())
                ? "产出指标应写明可核实的数量、质量标准或完成时限（如“≥30人次”“合格率100%”“6月底前完成”）"
                : "请写成年底可以核实的结果，最好带数字（如“就业率≥95%”“收入增长≥5%”）";
        findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(ValueRows.written(row))
                + (word.isPresent() ? "中的" + quoted(word.get()) : "") + "表述模糊，年底无法考核是否完成；" + how);
    }

    /** A title or status kept or gained ("省级双拥模范县称号: 保持"), or inclusion in a named assessment or list. */
    static boolean aStatus(ReviewContext context, String name, String text) {
        boolean titleKept = name != null && context.ruleSet().words("statusNameWords").stream().anyMatch(name::contains)
                && context.ruleSet().words("statusValueWords").stream().anyMatch(text::startsWith);
        boolean included = text.startsWith("纳入") && text.length() > 4
                && context.ruleSet().words("inclusionObjects").stream().anyMatch(text::endsWith);
        return titleKept || included;
    }
}
