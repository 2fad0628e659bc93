package com.budgetperf.report.domain.cube;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whitelist of the cube (in the spirit of OpenSpending babbage): every measure, dimension and fact column
 * a caller may name, with its label, type and grain. The fixed SQL text behind each name lives in the repository
 * ({@code CubeSnippets}): nothing a caller writes ever reaches SQL as text, values are bound as parameters.
 */
public final class CubeModel {

    public static final Map<String, Measure> MEASURES = new LinkedHashMap<>();
    public static final Map<String, Dimension> DIMENSIONS = new LinkedHashMap<>();
    public static final Map<Grain, List<FactColumn>> FACT_COLUMNS = new EnumMap<>(Grain.class);

    /** A column of a facts row: its key, Chinese header and type. */
    public record FactColumn(String key, String label, ValueType type) {

        public Column column() {
            return new Column(key, label, type);
        }
    }

    static {
        Grain[] all = Grain.values();
        Grain[] toIndicator = {Grain.SUBMISSION, Grain.PROJECT, Grain.INDICATOR};
        Grain[] toProject = {Grain.SUBMISSION, Grain.PROJECT};
        Grain[] findings = {Grain.SUBMISSION, Grain.FINDING};
        measure("submissions", "申报数", ValueType.INTEGER, all);
        measure("projects", "项目数", ValueType.INTEGER, toIndicator);
        measure("budget_total", "预算数（万元）", ValueType.MONEY, toProject);
        measure("budget_fiscal", "财政资金（万元）", ValueType.MONEY, toProject);
        measure("budget_other", "其他资金（万元）", ValueType.MONEY, toProject);
        measure("indicators", "指标数", ValueType.INTEGER, toIndicator);
        measure("quantitative_share", "定量指标占比", ValueType.RATIO, toIndicator);
        measure("findings", "机审问题数", ValueType.INTEGER, findings);
        measure("findings_error", "机审错误数", ValueType.INTEGER, findings);
        measure("findings_warning", "机审警告数", ValueType.INTEGER, findings);
        measure("findings_info", "机审提示数", ValueType.INTEGER, findings);
        measure("mean_quality_score", "平均机审质量分", ValueType.SCORE, Grain.SUBMISSION);
        measure("approved", "已通过数", ValueType.INTEGER, all);
        measure("returned", "已退回数", ValueType.INTEGER, all);
        measure("rejected", "未通过数", ValueType.INTEGER, all);
        measure("pending", "待审数", ValueType.INTEGER, all);

        dimension("region_province", "省", ValueType.TEXT, Grain.SUBMISSION, "location");
        dimension("region_city", "地市", ValueType.TEXT, Grain.SUBMISSION, "location");
        dimension("region_county", "区县", ValueType.TEXT, Grain.SUBMISSION, "location");
        dimension("fiscal_year", "预算年度", ValueType.INTEGER, Grain.SUBMISSION, "datetime");
        // a department is (region, code): codes repeat across counties, so its key is 130607/356001
        dimension("department", "部门（区划/代码）", ValueType.TEXT, Grain.SUBMISSION, "entity");
        dimension("department_name", "部门名称", ValueType.TEXT, Grain.SUBMISSION, "entity");
        dimension("status", "审核状态", ValueType.TEXT, Grain.SUBMISSION, "classification");
        dimension("grade", "审核等级", ValueType.TEXT, Grain.SUBMISSION, "classification");
        dimension("suggested_grade", "机审建议等级", ValueType.TEXT, Grain.SUBMISSION, "classification");
        dimension("approved_stage", "已通过审核层级", ValueType.TEXT, Grain.SUBMISSION, "classification");
        dimension("classified", "涉密", ValueType.BOOLEAN, Grain.PROJECT, "classification");
        dimension("level1", "一级指标", ValueType.TEXT, Grain.INDICATOR, "classification");
        dimension("level2", "二级指标", ValueType.TEXT, Grain.INDICATOR, "classification");
        dimension("value_kind", "指标值类型", ValueType.TEXT, Grain.INDICATOR, "classification");
        dimension("rule_code", "机审规则", ValueType.TEXT, Grain.FINDING, "classification");
        dimension("rule_title", "机审规则名称", ValueType.TEXT, Grain.FINDING, "classification");
        dimension("severity", "问题级别", ValueType.TEXT, Grain.FINDING, "classification");

        List<FactColumn> submission = List.of(
                fact("fiscal_year", "预算年度", ValueType.INTEGER),
                fact("region_code", "行政区划代码", ValueType.TEXT),
                fact("department_code", "部门代码", ValueType.TEXT),
                fact("department_name", "部门名称", ValueType.TEXT),
                fact("submission_id", "申报编号", ValueType.TEXT),
                fact("version", "版本", ValueType.INTEGER),
                fact("status", "审核状态", ValueType.TEXT),
                fact("grade", "审核等级", ValueType.TEXT));
        facts(Grain.SUBMISSION, submission,
                fact("projects", "项目数", ValueType.INTEGER),
                fact("budget_total", "预算数（万元）", ValueType.MONEY),
                fact("indicators", "指标数", ValueType.INTEGER),
                fact("findings_error", "机审错误数", ValueType.INTEGER),
                fact("quality_score", "机审质量分", ValueType.SCORE),
                fact("suggested_grade", "机审建议等级", ValueType.TEXT));
        facts(Grain.PROJECT, submission,
                fact("project_code", "项目代码", ValueType.TEXT),
                fact("project_name", "项目名称", ValueType.TEXT),
                fact("classified", "涉密", ValueType.BOOLEAN),
                fact("budget_total", "预算数（万元）", ValueType.MONEY),
                fact("budget_fiscal", "财政资金（万元）", ValueType.MONEY),
                fact("budget_other", "其他资金（万元）", ValueType.MONEY),
                fact("indicators", "指标数", ValueType.INTEGER),
                fact("quantitative_indicators", "定量指标数", ValueType.INTEGER));
        facts(Grain.INDICATOR, submission,
                fact("project_code", "项目代码", ValueType.TEXT),
                fact("project_name", "项目名称", ValueType.TEXT),
                fact("level1", "一级指标", ValueType.TEXT),
                fact("level2", "二级指标", ValueType.TEXT),
                fact("indicator_name", "三级指标", ValueType.TEXT),
                fact("value_kind", "指标值类型", ValueType.TEXT),
                fact("unit", "计量单位", ValueType.TEXT));
        facts(Grain.FINDING, submission,
                fact("rule_code", "机审规则", ValueType.TEXT),
                fact("rule_title", "机审规则名称", ValueType.TEXT),
                fact("severity", "问题级别", ValueType.TEXT));
    }

    private CubeModel() {
    }

    private static void measure(String name, String label, ValueType type, Grain... grains) {
        MEASURES.put(name, new Measure(name, label, type, Set.of(grains)));
    }

    private static void dimension(String name, String label, ValueType type, Grain grain, String fdpType) {
        DIMENSIONS.put(name, new Dimension(name, label, type, grain, fdpType));
    }

    private static FactColumn fact(String key, String label, ValueType type) {
        return new FactColumn(key, label, type);
    }

    private static void facts(Grain grain, List<FactColumn> shared, FactColumn... own) {
        List<FactColumn> columns = new ArrayList<>(shared);
        columns.addAll(List.of(own));
        FACT_COLUMNS.put(grain, List.copyOf(columns));
    }

    public static Optional<Measure> measure(String name) {
        return Optional.ofNullable(MEASURES.get(name));
    }

    public static Optional<Dimension> dimension(String name) {
        return Optional.ofNullable(DIMENSIONS.get(name));
    }

    /** Grain of the facts endpoint by its API name: submission, project, indicator, finding. */
    public static Optional<Grain> factGrain(String name) {
        for (Grain grain : Grain.values()) {
            if (grain.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(grain);
            }
        }
        return Optional.empty();
    }
}
