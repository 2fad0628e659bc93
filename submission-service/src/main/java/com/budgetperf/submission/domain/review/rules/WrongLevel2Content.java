package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.MeasureClassifier;
import com.budgetperf.submission.domain.review.ReviewContext;
import com.budgetperf.submission.domain.review.Severity;

/**
 * A row that measures something other than its 二级 (财预〔2021〕101号): a timeliness rate (及时率) under 质量 or an
 * 效益, an output rate (覆盖率, 完成率) under 经济效益, a count of services delivered under 社会效益, an amount under
 * 数量, a cost-control rate under 时效, nothing ecological under 生态效益. What the row measures comes from
 * {@link MeasureClassifier}; a reading only its description supports is reported as INFO.
 */
public final class WrongLevel2Content extends IndicatorRowRule {

    public WrongLevel2Content() {
        super("WRONG_LEVEL2_CONTENT", Severity.WARNING, "指标内容与二级指标不符");
    }

    @Override
    protected void checkRow(ReviewContext context, ReviewContext.LocatedIndicator row, FindingSink findings) {
        new MeasureClassifier(context.ruleSet())
                .misplaced(row.level2(), row.indicator().name(), row.indicator().description(), row.value())
                .ifPresent(reading -> {
                    String message = ValueRows.subject(row) + "放在" + quoted(row.level2()) + "下，但衡量的是"
                            + what(reading.level2()) + "（" + reading.shownBy() + "），建议放到" + quoted(reading.level2())
                            + "下，或改写为" + quoted(row.level2()) + "应衡量的内容";
                    if (reading.confidence() == MeasureClassifier.Confidence.SURE) {
                        findings.report(row.pointer() + "/level2", message);
                    } else {
                        findings.reportUnsure(row.pointer() + "/level2", message + "（据指标解释推断，请核实）");
                    }
                });
    }

    private static String what(String level2) {
        return switch (level2) {
            case "时效指标" -> "完成的及时程度";
            case "质量指标" -> "产出达到的标准或完成程度";
            case "数量指标" -> "提供的产出数量";
            case "成本指标" -> "金额或成本";
            case "社会效益指标" -> "社会方面的效果";
            default -> quoted(level2) + "的内容";
        };
    }
}
