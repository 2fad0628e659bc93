package com.budgetperf.submission.domain.review.rules;

import java.util.Optional;

import com.budgetperf.submission.domain.parse.ValueFlag;
import com.budgetperf.submission.domain.parse.ValueKind;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A worded value that cannot be checked at year end ("有所提高", "根据实际", "逐步改善"): flagged by the parser
 * or holding a word of rule set {@code vagueWords}. Grades of rule set {@code valueGrades} ("满意", "优") are
 * fine as they are.
 */
public final class VagueValue extends IndicatorRowRule {

    public VagueValue() {
        super("VAGUE_VALUE", Severity.WARNING, "指标值表述模糊");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        if (row.value().kind() != ValueKind.QUALITATIVE) {
            return;
        }
        String text = row.value().text();
        if (context.ruleSet().words("valueGrades").contains(text)) {
            return;
        }
        Optional<String> word = context.ruleSet().words("vagueWords").stream().filter(text::contains).findFirst();
        if (word.isEmpty() && !row.value().has(ValueFlag.VAGUE_WORDING)) {
            return;
        }
        String how = "产出指标".equals(row.level1())
                ? "产出指标应写明可核实的数量、质量标准或完成时限（如“≥30人次”“合格率100%”“6月底前完成”）"
                : "请写成年底可以核实的结果，最好带数字（如“就业率≥95%”“收入增长≥5%”）";
        findings.report(row.pointer() + "/value", ValueRows.subject(row) + "的指标值" + quoted(ValueRows.written(row))
                + (word.isPresent() ? "中的" + quoted(word.get()) : "") + "表述模糊，年底无法考核是否完成；" + how);
    }
}
