package com.budgetperf.submission.domain.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * Small builders for rule tests. Default content is a clean row set after 保定满城区人社局 2021
 * (src/test/resources/seeds/001_…): "城镇新增就业人数 ≥1524人" and so on, so a test changes only what it is about.
 */
public final class Documents {

    private Documents() {
    }

    public static Indicator row(String level1, String level2, String name, String value) {
        return new Indicator(level1, level2, name, name, IndicatorValue.of(value), "计划标准", null);
    }

    public static Indicator row(String level1, String level2, String name, String value, String basis) {
        return new Indicator(level1, level2, name, name, IndicatorValue.of(value), basis, null);
    }

    /** A clean indicator set covering every 一级 and the 产出 二级. */
    public static List<Indicator> cleanRows() {
        return List.of(
                row("产出指标", "数量指标", "城镇新增就业人数", "≥1524人"),
                row("产出指标", "质量指标", "城镇登记失业率", "≤4.5%"),
                row("产出指标", "时效指标", "补贴资金发放及时率", "≥95%"),
                row("产出指标", "成本指标", "职业培训补贴标准", "≤1500元/人"),
                row("效益指标", "社会效益指标", "零就业家庭动态清零", "100%"),
                row("效益指标", "可持续影响指标", "就业形势保持稳定", "长期"),
                row("满意度指标", "服务对象满意度指标", "就业服务对象满意度", "≥90%"));
    }

    public static Project project(String name, Budget budget, List<Indicator> rows) {
        return new Project("P001", name, budget, "就业创业补助", new DisbursementPlan(new BigDecimal("25"),
                new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("100")), List.of("全年城镇新增就业1524人"),
                false, rows);
    }

    public static Budget budget(String total, String fiscal, String other) {
        return new Budget(total == null ? null : new BigDecimal(total), fiscal == null ? null : new BigDecimal(fiscal),
                other == null ? null : new BigDecimal(other));
    }

    public static TargetDocument withProjects(Project... projects) {
        return new TargetDocument("做好就业创业、社会保险工作", List.of("稳就业"), "加强资金监管", List.of(),
                new ArrayList<>(List.of(projects)));
    }

    public static TargetDocument cleanDocument() {
        return withProjects(project("就业补助资金", budget("1574", "1574", "0"), cleanRows()));
    }

    /** Runs one rule with the built-in rule set. */
    public static List<Finding> check(ReviewRule rule, TargetDocument document) {
        return new MachineReview(List.of(rule)).review(document, 2021, RuleSet.builtIn()).findings();
    }
}
