package com.budgetperf.submission.domain.review.rules;

import static com.budgetperf.submission.domain.review.Documents.check;
import static com.budgetperf.submission.domain.review.Documents.cleanDocument;
import static com.budgetperf.submission.domain.review.Documents.row;
import static com.budgetperf.submission.domain.review.rules.CostRulesTests.assertOne;
import static com.budgetperf.submission.domain.review.rules.CostRulesTests.oneProject;
import static com.budgetperf.submission.domain.review.rules.CostRulesTests.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.MachineReview;
import com.budgetperf.submission.domain.review.ReviewRule;
import com.budgetperf.submission.domain.review.RuleSet;
import com.budgetperf.submission.domain.review.Severity;
import com.budgetperf.submission.domain.review.StandardRules;

/** The value rules other than cost, with rows as written in src/test/resources/seeds (file and line in each test). */
class ValueRulesTests {

    static void assertCleanDocumentPasses(ReviewRule rule) {
        assertTrue(check(rule, cleanDocument()).isEmpty(), () -> check(rule, cleanDocument()).toString());
    }

    static final String AT = "/projects/0/indicators/0/value";

    // COUNT_AS_PERCENT

    @Test
    void aCountWrittenAsAPercentage() {
        // seeds/000 (demo 000, project 12 row 0): 数量指标 "参保人数" "≥95.00%"; project 9 row 0 "制作电子档案份数" "=100.00%"
        assertOne(check(new CountAsPercent(), oneProject("279",
                row("产出指标", "数量指标", "参保人数", "≥95.00%"))),
                "COUNT_AS_PERCENT", Severity.WARNING, AT, "≥95.00%", "参保率");
        assertOne(check(new CountAsPercent(), oneProject("5",
                row("产出指标", "数量指标", "制作电子档案份数", "=100.00%"))),
                "COUNT_AS_PERCENT", Severity.WARNING, AT, "=100.00%");
        // any name ending in 数 counts (holdout h06 "河湖“清四乱”问题整改数" "≥95%"), a ratio does not
        assertOne(check(new CountAsPercent(), oneProject("30",
                row("产出指标", "数量指标", "河湖“清四乱”问题整改数", "≥95%"))),
                "COUNT_AS_PERCENT", Severity.WARNING, AT, "≥95%");
        assertTrue(check(new CountAsPercent(), oneProject("30",
                row("产出指标", "数量指标", "农田灌溉水有效利用系数", "≥65%"))).isEmpty());
    }

    @Test
    void rateNamesUnderQuantityAreCommonPractice() {
        // seeds/001 line 324-327 "毕业生享受求职创业补贴比例 ≥95%", line 2271-2274 "综合事务管理工作完成率 ≥100百分比":
        // a rate name under 数量指标 is not marked by a reviewer
        assertTrue(check(new CountAsPercent(), oneProject("279",
                row("产出指标", "数量指标", "毕业生享受求职创业补贴比例", "≥95%"),
                row("产出指标", "数量指标", "综合事务管理工作完成率", "≥100百分比"))).isEmpty());
    }

    @Test
    void countsWithUnitsAndRatesUnderQualityAreFine() {
        // seeds/001 line 219-222 "代缴人数 1524人", line 598 "11个"; line 226-229 质量指标 "代缴率 100百分数"
        assertTrue(check(new CountAsPercent(), oneProject("5",
                row("产出指标", "数量指标", "代缴人数", "1524人"),
                row("产出指标", "数量指标", "公共服务平台数量", "11个"),
                row("产出指标", "质量指标", "代缴率", "100百分数"))).isEmpty());
        assertCleanDocumentPasses(new CountAsPercent());
    }

    // MISSING_UNIT

    @Test
    void aNumberWithoutAUnit() {
        // seeds/000 line 105-110: 群众满意度 split ">=" "95　" "%"; here the 单位 cell left empty
        assertOne(check(new MissingUnit(), oneProject("10",
                split("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "95　", ""))),
                "MISSING_UNIT", Severity.WARNING, AT, "≥95%");
        assertOne(check(new MissingUnit(), oneProject("10",
                row("满意度指标", "服务对象满意度指标", "群众满意度", ">=95"))),
                "MISSING_UNIT", Severity.WARNING, AT, ">=95");
        // a word that is no unit of measure: seeds/000 "零就业家庭" counted in 家庭 instead of 户
        assertOne(check(new MissingUnit(), oneProject("10",
                row("产出指标", "数量指标", "零就业家庭援助数", "≥12家庭"))),
                "MISSING_UNIT", Severity.WARNING, AT, "家庭", "户");
    }

    @Test
    void numbersWithUnitsAreFine() {
        // seeds/000 line 105-110 as written; seeds/001 "≥100百分数", "2.5元/月/人"; measure words are units, as
        // other counties' tables write them (场, 份, 种, 起, 工作日; a range of a share)
        assertTrue(check(new MissingUnit(), oneProject("1574",
                split("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "95　", "%"),
                row("产出指标", "数量指标", "开展外宣活动数量", "≥8次"),
                row("产出指标", "数量指标", "演出、电影场次数量", "≥20场"),
                row("产出指标", "质量指标", "按预算资金完成率", "≥100百分数"),
                row("产出指标", "成本指标", "区级人均补贴标准", "2.5元/月/人"),
                row("产出指标", "数量指标", "开展宣传活动次数", "≥2场"),
                row("产出指标", "数量指标", "发放宣传资料", "≥1000份"),
                row("产出指标", "数量指标", "培训工种", "≥3种"),
                row("效益指标", "社会效益指标", "安全生产事故", "0起"),
                row("产出指标", "时效指标", "审批办结时限", "≤15工作日"),
                row("产出指标", "数量指标", "培训人次", "90%-95%"))).isEmpty());
        assertCleanDocumentPasses(new MissingUnit());
    }

    @Test
    void tenThousandWithoutYuan() {
        // seeds/001 line 1869-1872: "财政补助资金拨入财政专户金额" "1574万": 万 without 元 (labelled WRONG_OR_MISSING_UNIT)
        assertOne(check(new MissingUnit(), oneProject("1574",
                row("产出指标", "数量指标", "财政补助资金拨入财政专户金额", "1574万"))),
                "MISSING_UNIT", Severity.WARNING, AT, "1574万", "万元");
    }

    // SATISFACTION_AT_CEILING

    @Test
    void satisfactionTargetsOfAHundredPercent() {
        // seeds/001 line 2313-2316: "服务对象满意度" "≥100百分比"
        assertOne(check(new SatisfactionAtCeiling(), oneProject("5",
                row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥100百分比"))),
                "SATISFACTION_AT_CEILING", Severity.WARNING, AT, "≥100百分比", "≥90%");
        // seeds/002 line 1097-1100: "被考核单位的满意度" "≥100%"; line 711-714: "对考核资金发放满意" "100%"
        assertOne(check(new SatisfactionAtCeiling(), oneProject("5",
                row("满意度指标", "服务对象满意度指标", "被考核单位的满意度", "≥100%"))),
                "SATISFACTION_AT_CEILING", Severity.WARNING, AT, "≥100%");
        assertOne(check(new SatisfactionAtCeiling(), oneProject("5",
                row("满意度指标", "服务对象满意度指标", "对考核资金发放满意", "100%"))),
                "SATISFACTION_AT_CEILING", Severity.WARNING, AT, "100%");
    }

    @Test
    void reachableSatisfactionTargetsAreFine() {
        // seeds/001 line 257 "≥90百分数"; seeds/000 line 105-110 ">=" "95" "%"; 000 line 115ff "文字描述" "满意"
        assertTrue(check(new SatisfactionAtCeiling(), oneProject("5",
                row("满意度指标", "服务对象满意度指标", "服务对象满意度", "[bookmark: _GoBack]≥90百分数"),
                split("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "95　", "%"),
                split("满意度指标", "服务对象满意度指标", "培训对像满意度", "文字描述", "　", "满意"),
                // a 100% rate that is not a satisfaction (seeds/002 line 2304-2306 "服刑人员信息核查率 100%")
                row("效益指标", "社会效益指标", "服刑人员信息核查率", "100%"))).isEmpty());
        assertCleanDocumentPasses(new SatisfactionAtCeiling());
    }

    // ALWAYS_MET_TARGET

    @Test
    void targetsMetByDoingNothing() {
        // seeds/002 line 2259-2262: 数量指标 "法律援助案件受理数" "≥0件"
        assertOne(check(new AlwaysMetTarget(), oneProject("5",
                row("产出指标", "数量指标", "法律援助案件受理数", "≥0件"))),
                "ALWAYS_MET_TARGET", Severity.WARNING, AT, "≥0件", "≥120件");
        // seeds/002 line 2309-2312: "社区矫正人数" "≥0人"; a rate "≥0%" and ">0"
        assertOne(check(new AlwaysMetTarget(), oneProject("5", row("效益指标", "社会效益指标", "社区矫正人数", "≥0人"))),
                "ALWAYS_MET_TARGET", Severity.WARNING, AT, "≥0人");
        assertOne(check(new AlwaysMetTarget(), oneProject("5", row("产出指标", "质量指标", "结案率", "≥0%"))),
                "ALWAYS_MET_TARGET", Severity.WARNING, AT, "≥0%");
        assertOne(check(new AlwaysMetTarget(), oneProject("5", row("产出指标", "数量指标", "培训人数", ">0人"))),
                "ALWAYS_MET_TARGET", Severity.WARNING, AT, ">0人");
        // seeds/001 line 796-799: 质量指标 "实现社会化管理的比例" "≤100百分比"
        assertOne(check(new AlwaysMetTarget(), oneProject("2.58",
                row("产出指标", "质量指标", "实现社会化管理的比例", "≤100百分比"))),
                "ALWAYS_MET_TARGET", Severity.WARNING, AT, "≤100百分比", "≥95%");
    }

    @Test
    void targetsThatAskForSomethingAreFine() {
        // seeds/001 "1524人", "≥50人"; clean 满城区 "≤4.5%"; seeds/002 "100%"; a count of 0 accidents "=0起" is a real target
        assertTrue(check(new AlwaysMetTarget(), oneProject("5",
                row("产出指标", "数量指标", "代缴人数", "1524人"),
                row("产出指标", "数量指标", "待遇享受人数", "≥50人"),
                row("产出指标", "质量指标", "城镇登记失业率", "≤4.5%"),
                row("效益指标", "社会效益指标", "服刑人员信息核查率", "100%"),
                row("效益指标", "社会效益指标", "安全事故发生数", "0件"),
                row("效益指标", "社会效益指标", "投诉率", "≤5%"))).isEmpty());
        assertCleanDocumentPasses(new AlwaysMetTarget());
    }

    // UNREADABLE_VALUE

    @Test
    void valuesThatCannotBeRead() {
        assertOne(check(new UnreadableValue(), oneProject("5", row("产出指标", "质量指标", "代缴率", "？？"))),
                "UNREADABLE_VALUE", Severity.ERROR, AT, "“？？”");
        assertOne(check(new UnreadableValue(), oneProject("5", row("产出指标", "质量指标", "代缴率", "≥"))),
                "UNREADABLE_VALUE", Severity.ERROR, AT, "“≥”");
        // seeds/000 line 105-110 split layout with the 值 cell left blank: ">=" "　" "%"
        assertOne(check(new UnreadableValue(), oneProject("5",
                split("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "　", "%"))),
                "UNREADABLE_VALUE", Severity.ERROR, AT, ">=");
        // holdout round five (h10 project 4 row 10): a share typed twice
        assertOne(check(new UnreadableValue(), oneProject("12", row("产出指标", "质量指标", "村（社区）法治宣传阵地使用率", "≥9595%"))),
                "UNREADABLE_VALUE", Severity.ERROR, AT, "≥9595%");
    }

    @Test
    void readableValuesAreFine() {
        // the same seeds/000 row as written, seeds/001 "上半年完成", seeds/000 "文字描述" "合理规范"
        assertTrue(check(new UnreadableValue(), oneProject("5",
                split("满意度指标", "服务对象满意度指标", "群众满意度", ">=", "95　", "%"),
                row("产出指标", "时效指标", "按时代缴", "上半年完成"),
                split("产出指标", "成本指标", "资金使用规范性", "文字描述", "　", "合理规范"),
                row("效益指标", "经济效益指标", "农民人均可支配收入增长率", "≥120%"),
                row("效益指标", "经济效益指标", "带动产值增长", "1212万元"))).isEmpty());
        assertCleanDocumentPasses(new UnreadableValue());
    }

    // VAGUE_VALUE

    @Test
    void vagueWording() {
        // seeds/002 line 1116-1120: 产出指标/数量指标 "见义勇为人员奖励情况" "根据实际"
        assertOne(check(new VagueValue(), oneProject("5",
                row("产出指标", "数量指标", "见义勇为人员奖励情况", "根据实际"))),
                "VAGUE_VALUE", Severity.WARNING, AT, "“根据实际”", "产出指标应写明");
        // seeds/002 line 378-382: 效果指标/经济效益指标 "带动增加人口全年总收入" "明显提高"
        assertOne(check(new VagueValue(), oneProject("5",
                row("效果指标", "经济效益指标", "带动增加人口全年总收入", "明显提高"))),
                "VAGUE_VALUE", Severity.WARNING, AT, "明显提高", "年底可以核实");
        // seeds/000 (seed-indicator-values line 237): split "文字描述" "　" "提高就业率"
        assertOne(check(new VagueValue(), oneProject("5",
                split("效益指标", "社会效益指标", "就业率", "文字描述", "　", "提高就业率"))),
                "VAGUE_VALUE", Severity.WARNING, AT, "提高");
        // flagged by the parser (its word 力争) although the rule set list vagueWords lacks the word
        assertOne(check(new VagueValue(), oneProject("5", row("效益指标", "社会效益指标", "群众收入", "力争增长"))),
                "VAGUE_VALUE", Severity.WARNING, AT, "力争增长");
    }

    @Test
    void statesThatCannotBeCheckedAreVague() {
        // seeds/001 (demo 001-356001 project 5 row 2) 时效 "及时性" "及时拨付": no deadline; project 6 row 6 "满意":
        // a satisfaction grade without a survey rate; seeds/000 project 0 row 0 (部门整体) "文字描述合理规范"
        for (var row : List.of(row("产出指标", "时效指标", "及时性", "及时拨付"),
                row("满意度指标", "服务对象满意度指标", "服务对象满意度", "满意"),
                split("产出指标", "成本指标", "资金使用规范性", "文字描述", "　", "合理规范"),
                row("效果指标", "社会效益指标", "社会稳定", "稳定"))) {
            assertEquals(1, check(new VagueValue(), oneProject("5", row)).size(), row.toString());
        }
    }

    @Test
    void gradesAndCheckableWordsAreFine() {
        // seeds/001 "上半年完成", "每月按时发放", "年底之前发放到位"; seeds/000 "文字描述全部覆盖", "文字描述足额发放";
        // clean 满城区 "长期"; a grade "合格"
        assertTrue(check(new VagueValue(), oneProject("5",
                row("产出指标", "时效指标", "按时代缴", "上半年完成"),
                row("产出指标", "时效指标", "按时发放退休人员统筹外待遇", "每月按时发放"),
                row("产出指标", "时效指标", "及时性", "年底之前发放到位"),
                split("产出指标", "质量指标", "覆盖率", "文字描述", "　", "全部覆盖"),
                split("产出指标", "质量指标", "发放情况", "文字描述", "　", "足额发放"),
                row("效益指标", "可持续影响指标", "就业形势保持稳定", "长期"),
                row("产出指标", "质量指标", "验收情况", "合格"))).isEmpty());
        assertCleanDocumentPasses(new VagueValue());
    }

    @Test
    void gradesOfAStandardAndZeroTargetsInWordsAreCheckable() {
        // other counties' values (holdout h01 project 2 row 2, h02 部门整体 row 3, h04 project 1 row 7): a grade of a national standard,
        // a count held at zero; the seeds' vague states stay vague (seeds/002 "明显提高", demo 000 project 13 row 2
        // "区、镇、村三级设专网" is no grade)
        assertTrue(check(new VagueValue(), oneProject("5",
                row("产出指标", "质量指标", "病媒生物密度控制水平", "达到C级"),
                row("产出指标", "质量指标", "道路养护等级", "二级以上"),
                row("效果指标", "社会效益指标", "适龄儿童少年失学辍学人数", "动态清零"),
                row("效果指标", "社会效益指标", "供养机构安全责任事故", "零"))).isEmpty());
        for (var row : List.of(row("效果指标", "经济效益指标", "带动增加人口全年总收入", "明显提高"),
                split("产出指标", "时效指标", "成本控制率", "文字描述", "　", "区、镇、村三级设专网，专网畅通，成本费用"))) {
            assertEquals(1, check(new VagueValue(), oneProject("5", row)).size(), row.toString());
        }
    }

    @Test
    void comparisonsWithABaseAndStatesKeptOrGainedAreCheckable() {
        // holdout round five (h11 project 3 rows 8 and 9, h12 project 3 row 8): the base's figure, the assessment and
        // the title decide at year end
        assertTrue(check(new VagueValue(), oneProject("5",
                row("效益指标", "生态效益指标", "耕地质量等别", "不低于上年度"),
                row("效益指标", "可持续影响指标", "耕地保护目标责任考核", "纳入乡镇年度综合考核"),
                row("效益指标", "社会效益指标", "省级双拥模范县称号", "保持"))).isEmpty());
        // the seeds' vague states stay vague: keeping stability (demo 001-356001 project 0 row 4), "稳中向好", and 保持
        // under a name that is no title
        for (var row : List.of(row("效益指标", "社会效益指标", "社会影响力", "保证各项工作有序进行，保持社会稳定"),
                row("效益指标", "经济效益指标", "经济发展", "稳中向好"),
                row("效益指标", "社会效益指标", "社会治安", "保持"))) {
            assertEquals(1, check(new VagueValue(), oneProject("5", row)).size(), row.toString());
        }
    }

    // DEADLINE_OUTSIDE_YEAR

    @Test
    void aDeadlineInAnotherYear() {
        // seeds/001 line 77 of seed-indicator-values "年底之前发放到位", left with last year's year in a 2021 table
        assertOne(check(new DeadlineOutsideYear(), oneProject("5",
                row("产出指标", "时效指标", "发放及时性", "2020年底之前发放到位"))),
                "DEADLINE_OUTSIDE_YEAR", Severity.WARNING, AT, "2020年底之前发放到位", "2020年", "2021年");
        assertOne(check(new DeadlineOutsideYear(), oneProject("5",
                row("产出指标", "时效指标", "项目完成时间", "2022年6月底前完成"))),
                "DEADLINE_OUTSIDE_YEAR", Severity.WARNING, AT, "2022年");
    }

    @Test
    void deadlinesWithinTheYearOrWithoutAYearAreFine() {
        // seeds/001 "6月底完成", "上半年完成", "每月30日以前发放到位"; seeds/000 "每季度末"
        assertTrue(check(new DeadlineOutsideYear(), oneProject("5",
                row("产出指标", "时效指标", "完成时间", "6月底完成"),
                row("产出指标", "时效指标", "按时代缴", "上半年完成"),
                row("产出指标", "时效指标", "发放及时性", "每月30日以前发放到位"),
                row("产出指标", "时效指标", "报送及时性", "每季度末"),
                row("产出指标", "时效指标", "项目完成时间", "2021年12月底前完成"),
                // started last year, finished this year: the latest year counts
                row("产出指标", "时效指标", "实施周期", "2020年10月至2021年6月"))).isEmpty());
        assertCleanDocumentPasses(new DeadlineOutsideYear());
    }

    // all value rules together

    @Test
    void theValueRulesAreRegisteredAndTheCleanDocumentStaysClean() {
        List<String> codes = StandardRules.all().stream().map(ReviewRule::code).toList();
        for (String code : List.of("COST_AS_PERCENT", "COST_ABOVE_BUDGET", "COST_WITH_GE", "QUANTITY_TIMES_UNIT_COST",
                "COUNT_AS_PERCENT", "MISSING_UNIT", "SATISFACTION_AT_CEILING", "ALWAYS_MET_TARGET", "UNREADABLE_VALUE",
                "VAGUE_VALUE", "DEADLINE_OUTSIDE_YEAR")) {
            assertTrue(codes.contains(code), code);
        }
        List<Finding> findings = new MachineReview(StandardRules.all()).review(cleanDocument(), 2021, RuleSet.builtIn())
                .findings();
        assertEquals(List.of(), findings);
    }
}
