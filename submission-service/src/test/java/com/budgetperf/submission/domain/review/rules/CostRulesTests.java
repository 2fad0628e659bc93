package com.budgetperf.submission.domain.review.rules;

import static com.budgetperf.submission.domain.review.Documents.budget;
import static com.budgetperf.submission.domain.review.Documents.check;
import static com.budgetperf.submission.domain.review.Documents.cleanDocument;
import static com.budgetperf.submission.domain.review.Documents.project;
import static com.budgetperf.submission.domain.review.Documents.row;
import static com.budgetperf.submission.domain.review.Documents.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.ReviewRule;
import com.budgetperf.submission.domain.review.Severity;

/** The cost value rules, with rows as written in src/test/resources/seeds (file and line in each test). */
class CostRulesTests {

    /** One project with the given 预算数 (万元) and rows. */
    static TargetDocument oneProject(String total, Indicator... rows) {
        return withProjects(project("测试项目", budget(total, total, "0"), List.of(rows)));
    }

    /** A row in the split 符号 / 值 / 单位 layout of seeds/000 (承德 high-tech zone). */
    static Indicator split(String level1, String level2, String name, String symbol, String number, String unit) {
        return new Indicator(level1, level2, name, name, new IndicatorValue(null, symbol, number, unit), "计划标准", null);
    }

    static void assertOne(List<Finding> findings, String code, Severity severity, String path, String... quoted) {
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals(code, finding.ruleCode());
        assertEquals(severity, finding.severity());
        assertEquals(path, finding.path());
        for (String text : quoted) {
            assertTrue(finding.message().contains(text), finding.message());
        }
    }

    static void assertCleanDocumentPasses(ReviewRule rule) {
        assertTrue(check(rule, cleanDocument()).isEmpty(), () -> check(rule, cleanDocument()).toString());
    }

    // COST_AS_PERCENT

    @Test
    void aCostWrittenAsAPercentage() {
        // seeds/001 line 1890-1893 (预算数 1574, line 1832): 成本指标 "按预算资金完成率" "≥100百分数"
        assertOne(check(new CostAsPercent(), oneProject("1574",
                row("产出指标", "成本指标", "按预算资金完成率", "≥100百分数"))),
                "COST_AS_PERCENT", Severity.WARNING, "/projects/0/indicators/0/value", "按预算资金完成率", "≥100百分数", "质量指标");
        // seeds/000 line 1403-1409: 成本指标 "人员培训成本" split "=" "100.00" "%"
        assertOne(check(new CostAsPercent(), oneProject("10",
                split("产出指标", "成本指标", "人员培训成本", "=", "100.00", "%"))),
                "COST_AS_PERCENT", Severity.WARNING, "/projects/0/indicators/0/value", "=100.00%");
        // cost recognised by its name (rule set costWords) when the 二级 is not filled in
        assertOne(check(new CostAsPercent(), oneProject("10", row("产出指标", "", "培训经费", "≤100%"))),
                "COST_AS_PERCENT", Severity.WARNING, "/projects/0/indicators/0/value");
    }

    @Test
    void costAmountsAndRatesElsewhereAreFine() {
        // seeds/001 line 810-813: "实现社会化管理的补助资金" "2.58万元"; line 714-717: "2.5元/月/人"
        assertTrue(check(new CostAsPercent(), oneProject("2.58",
                row("产出指标", "成本指标", "实现社会化管理的补助资金", "2.58万元"),
                row("产出指标", "成本指标", "区级人均补贴标准", "2.5元/月/人"),
                // a rate under 质量指标 whose name holds a cost word is not a cost row
                row("产出指标", "质量指标", "经费保障率", "≥95%"))).isEmpty());
        assertCleanDocumentPasses(new CostAsPercent());
    }

    // COST_ABOVE_BUDGET

    @Test
    void aTotalCostAboveTheBudget() {
        // seeds/001: the 省级 table (line 1100-1103) "18.61万元" copied into the 中央 table whose 预算数 is 2.58 (line 754)
        assertOne(check(new CostAboveBudget(), oneProject("2.58",
                row("产出指标", "成本指标", "实现社会化管理的补助资金", "18.61万元"))),
                "COST_ABOVE_BUDGET", Severity.ERROR, "/projects/0/indicators/0/value", "18.61万元", "2.58万元");
        // seeds/001 line 908-911 "发放金额 148万元" (预算数 148) written in 元 with a zero too many: 14800000元 = 1480万元
        assertOne(check(new CostAboveBudget(), oneProject("148",
                row("产出指标", "成本指标", "发放金额", "14800000元"))),
                "COST_ABOVE_BUDGET", Severity.ERROR, "/projects/0/indicators/0/value", "1480万元", "148万元");
    }

    @Test
    void perUnitCostsAndTotalsWithinTheBudgetAreFine() {
        assertTrue(check(new CostAboveBudget(), oneProject("5.00",
                // seeds/001 line 240-243 (预算数 5.00): "代缴金额 33元" → 0.0033万元
                row("产出指标", "成本指标", "代缴金额", "33元"),
                // a total below the 预算数
                row("产出指标", "成本指标", "发放金额", "≤5万元"),
                // seeds/001 line 520-523 / 000 line 474-476: per-unit standards are not totals
                row("产出指标", "成本指标", "人均补助标准", "116元/人"),
                row("产出指标", "成本指标", "区级人均补贴标准", "2.5元/月/人"))).isEmpty());
        // seeds/001 line 1636ff (预算数 6000): "≤6000万元", equal is not above
        assertTrue(check(new CostAboveBudget(), oneProject("6000",
                row("产出指标", "成本指标", "发放金额", "≤6000万元"))).isEmpty());
        // no 预算数: nothing to compare
        assertTrue(check(new CostAboveBudget(), withProjects(project("无预算数", null,
                List.of(row("产出指标", "成本指标", "发放金额", "148万元")))))
                .isEmpty());
        assertCleanDocumentPasses(new CostAboveBudget());
    }

    // COST_WITH_GE

    @Test
    void aCostTargetWrittenWithAtLeast() {
        // seeds/001 line 2389-2392 (职称评审, 预算数 10): 成本指标 "预定成本" "≥10万元"
        assertOne(check(new CostWithGreaterThan(), oneProject("10", row("产出指标", "成本指标", "预定成本", "≥10万元"))),
                "COST_WITH_GE", Severity.WARNING, "/projects/0/indicators/0/value", "≥10万元", "≤10万元");
        // seeds/001 line 1589-1592: "城乡居民基础养老金平均标准" "≥93元"
        assertOne(check(new CostWithGreaterThan(), oneProject("7024",
                row("产出指标", "成本指标", "城乡居民基础养老金平均标准", "≥93元"))),
                "COST_WITH_GE", Severity.WARNING, "/projects/0/indicators/0/value", "≥93元");
        // seeds/000 line 287-293: split ">=" written as "≥" "10.00" "元"
        assertOne(check(new CostWithGreaterThan(), oneProject("10",
                split("产出指标", "成本指标", "城乡居民基础养老金平均标准", "≥", "10.00", "元"))),
                "COST_WITH_GE", Severity.WARNING, "/projects/0/indicators/0/value", "≤10元");
        // holdout round five (h09 project 2 row 7): a standard per person and day written with a middle dot
        assertOne(check(new CostWithGreaterThan(), oneProject("45",
                row("成本指标", "经济成本指标", "急救人员夜间值班补助", "≥150元/人·天"))),
                "COST_WITH_GE", Severity.WARNING, "/projects/0/indicators/0/value", "≤150元/人·天");
    }

    @Test
    void capsAndPlainAmountsAreFine() {
        // seeds/001 "≤6000万元", "2.58万元"; seeds/000 line 657-659 "=" "0.78" "元"; ≥ under 数量指标 is not a cost
        assertTrue(check(new CostWithGreaterThan(), oneProject("6000",
                row("产出指标", "成本指标", "发放金额", "≤6000万元"),
                row("产出指标", "成本指标", "实现社会化管理的补助资金", "2.58万元"),
                split("产出指标", "成本指标", "认证工作费用控制", "=", "0.78", "元"),
                row("产出指标", "数量指标", "待遇享受人数", "≥50人"))).isEmpty());
        assertCleanDocumentPasses(new CostWithGreaterThan());
    }

    // QUANTITY_TIMES_UNIT_COST

    @Test
    void quantityTimesUnitCostFarFromTheBudget() {
        // seeds/001: the 重残 table's "代缴人数 1524人" (line 219-222) pasted into the 建档立卡 table (预算数 1.14,
        // line 1140) whose standard is 33元 per person (line 1148): 1524 × 33元 = 5.03万元, 341% above 1.14
        List<Finding> findings = check(new QuantityTimesUnitCost(), oneProject("1.14",
                row("产出指标", "数量指标", "代缴人数", "1524人"),
                row("产出指标", "成本指标", "代缴金额", "33元/人")));
        assertOne(findings, "QUANTITY_TIMES_UNIT_COST", Severity.WARNING, "/projects/0/indicators/1/value",
                "代缴人数", "1524人", "33元/人", "5.03万元", "1.14万元", "30%");
        // seeds/001 line 595-619 (预算数 22, line 560): "公共服务平台数量 11个" × "平均补助金额 2万元" per platform = 22, here with 预算数 10
        assertOne(check(new QuantityTimesUnitCost(), oneProject("10",
                row("产出指标", "数量指标", "公共服务平台数量", "11个"),
                row("产出指标", "成本指标", "平均补助金额", "2万元/个"))),
                "QUANTITY_TIMES_UNIT_COST", Severity.WARNING, "/projects/0/indicators/1/value", "22万元");
    }

    @Test
    void quantityTimesUnitCostNearTheBudgetOrNotComparable() {
        // seeds/001 line 182-243 as meant: 1524人 × 33元/人 = 5.03万元 against 预算数 5.00
        assertTrue(check(new QuantityTimesUnitCost(), oneProject("5.00",
                row("产出指标", "数量指标", "代缴人数", "1524人"),
                row("产出指标", "成本指标", "代缴金额", "33元/人"))).isEmpty());
        // seeds/001 line 1180 / 2082: 346人 (预算数 1.14) and 1947人 (预算数 6.43) × 33元/人
        assertTrue(check(new QuantityTimesUnitCost(), oneProject("6.43",
                row("产出指标", "数量指标", "代缴人数", "1947人"),
                row("产出指标", "成本指标", "代缴金额", "33元/人"))).isEmpty());
        // as written in seeds/001: "33元" is not a per-person unit → not compared
        assertTrue(check(new QuantityTimesUnitCost(), oneProject("1.14",
                row("产出指标", "数量指标", "代缴人数", "1524人"),
                row("产出指标", "成本指标", "代缴金额", "33元"))).isEmpty());
        // a monthly standard is paid for the months the table counts (seeds/001 project 2 with one month counted:
        // 197人 × 150元/月/人 × 1 = 2.96万元 against 3.60); without a count of months, for twelve (35.46万元)
        assertTrue(check(new QuantityTimesUnitCost(), oneProject("3.60",
                row("产出指标", "数量指标", "发放人数", "197人"),
                row("产出指标", "数量指标", "发放月数", "1个月"),
                row("产出指标", "成本指标", "人均发放金额", "150元/月/人"))).isEmpty());
        assertOne(check(new QuantityTimesUnitCost(), oneProject("3.60",
                row("产出指标", "数量指标", "发放人数", "197人"),
                row("产出指标", "成本指标", "人均发放金额", "150元/月/人"))),
                "QUANTITY_TIMES_UNIT_COST", Severity.WARNING, "/projects/0/indicators/1/value", "按12个月计算", "35.46万元");
        // two quantities in 人: which one the standard applies to is unknown
        assertTrue(check(new QuantityTimesUnitCost(), oneProject("1.14",
                row("产出指标", "数量指标", "代缴人数", "1524人"),
                row("产出指标", "数量指标", "参保人数", "2000人"),
                row("产出指标", "成本指标", "代缴金额", "33元/人"))).isEmpty());
        // a cap (≤1500元/人) does not fix the spend: the clean 满城区 rows (≥1524人, ≤1500元/人, 1574万元)
        assertCleanDocumentPasses(new QuantityTimesUnitCost());
    }
}
