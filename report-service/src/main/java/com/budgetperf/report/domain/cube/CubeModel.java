package com.budgetperf.report.domain.cube;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whitelist of the cube (in the spirit of OpenSpending babbage): every measure, dimension and fact column
 * a caller may name, each mapped to a fixed SQL snippet. Nothing a caller writes ever reaches SQL as text:
 * names are looked up here, values are bound as parameters.
 */
public final class CubeModel {

    private static final String REVIEW_STATUS = "s.review_status";

    public static final Map<String, Measure> MEASURES = new LinkedHashMap<>();
    public static final Map<String, Dimension> DIMENSIONS = new LinkedHashMap<>();
    public static final Map<Grain, List<FactColumn>> FACT_COLUMNS = new EnumMap<>(Grain.class);

    /** A column of a facts row: its key, Chinese header, type and SQL expression. */
    public record FactColumn(String key, String label, ValueType type, String sql) {

        public Column column() {
            return new Column(key, label, type);
        }
    }

    static {
        String countSubmissions = "count(distinct s.submission_id)";
        measure("submissions", "申报数", ValueType.INTEGER, "count(*)", countSubmissions, countSubmissions, countSubmissions);
        measure("projects", "项目数", ValueType.INTEGER, "coalesce(sum(s.project_count), 0)", "count(*)",
                "count(distinct (i.submission_id, i.project_no))", null);
        measure("budget_total", "预算数（万元）", ValueType.MONEY, "coalesce(sum(s.budget_total), 0)",
                "coalesce(sum(p.budget_total), 0)", null, null);
        measure("budget_fiscal", "财政资金（万元）", ValueType.MONEY, "coalesce(sum(s.budget_fiscal), 0)",
                "coalesce(sum(p.budget_fiscal), 0)", null, null);
        measure("budget_other", "其他资金（万元）", ValueType.MONEY, "coalesce(sum(s.budget_other), 0)",
                "coalesce(sum(p.budget_other), 0)", null, null);
        measure("indicators", "指标数", ValueType.INTEGER, "coalesce(sum(s.indicator_count), 0)",
                "coalesce(sum(p.indicator_count), 0)", "count(*)", null);
        measure("quantitative_share", "定量指标占比", ValueType.RATIO,
                "sum(s.quantitative_count)::numeric / nullif(sum(s.indicator_count), 0)",
                "sum(p.quantitative_count)::numeric / nullif(sum(p.indicator_count), 0)",
                "avg(case when i.value_kind = 'QUANTITATIVE' then 1 else 0 end)::numeric", null);
        measure("findings", "机审问题数", ValueType.INTEGER,
                "coalesce(sum(s.finding_errors + s.finding_warnings + s.finding_infos), 0)", null, null, "count(*)");
        measure("findings_error", "机审错误数", ValueType.INTEGER, "coalesce(sum(s.finding_errors), 0)", null, null,
                "count(*) filter (where f.severity = 'ERROR')");
        measure("findings_warning", "机审警告数", ValueType.INTEGER, "coalesce(sum(s.finding_warnings), 0)", null, null,
                "count(*) filter (where f.severity = 'WARNING')");
        measure("findings_info", "机审提示数", ValueType.INTEGER, "coalesce(sum(s.finding_infos), 0)", null, null,
                "count(*) filter (where f.severity = 'INFO')");
        measure("mean_quality_score", "平均机审质量分", ValueType.SCORE, "avg(s.quality_score)", null, null, null);
        for (String[] status : new String[][] {{"approved", "已通过数", "'APPROVED'"}, {"returned", "已退回数", "'RETURNED'"},
                {"rejected", "未通过数", "'REJECTED'"}, {"pending", "待审数", "'PENDING', 'IN_REVIEW'"}}) {
            String where = " filter (where " + REVIEW_STATUS + " in (" + status[2] + "))";
            measure(status[0], status[1], ValueType.INTEGER, "count(*)" + where, "count(distinct s.submission_id)" + where,
                    "count(distinct s.submission_id)" + where, "count(distinct s.submission_id)" + where);
        }

        dimension("region_province", "省", ValueType.TEXT, "left(s.region_code, 2)", Grain.SUBMISSION, "location");
        dimension("region_city", "地市", ValueType.TEXT, "left(s.region_code, 4)", Grain.SUBMISSION, "location");
        dimension("region_county", "区县", ValueType.TEXT, "s.region_code", Grain.SUBMISSION, "location");
        dimension("fiscal_year", "预算年度", ValueType.INTEGER, "s.fiscal_year", Grain.SUBMISSION, "datetime");
        dimension("department", "部门代码", ValueType.TEXT, "s.department_code", Grain.SUBMISSION, "entity");
        dimension("status", "审核状态", ValueType.TEXT, REVIEW_STATUS, Grain.SUBMISSION, "classification");
        dimension("grade", "审核等级", ValueType.TEXT, "s.grade", Grain.SUBMISSION, "classification");
        dimension("suggested_grade", "机审建议等级", ValueType.TEXT, "s.suggested_grade", Grain.SUBMISSION, "classification");
        dimension("approved_stage", "已通过审核层级", ValueType.TEXT, "s.approved_stage", Grain.SUBMISSION, "classification");
        dimension("classified", "涉密", ValueType.BOOLEAN, "p.classified", Grain.PROJECT, "classification");
        dimension("level1", "一级指标", ValueType.TEXT, "i.level1", Grain.INDICATOR, "classification");
        dimension("level2", "二级指标", ValueType.TEXT, "i.level2", Grain.INDICATOR, "classification");
        dimension("value_kind", "指标值类型", ValueType.TEXT, "i.value_kind", Grain.INDICATOR, "classification");
        dimension("rule_code", "机审规则", ValueType.TEXT, "f.rule_code", Grain.FINDING, "classification");
        dimension("severity", "问题级别", ValueType.TEXT, "f.severity", Grain.FINDING, "classification");

        List<FactColumn> submission = List.of(
                fact("fiscal_year", "预算年度", ValueType.INTEGER, "s.fiscal_year"),
                fact("region_code", "行政区划代码", ValueType.TEXT, "s.region_code"),
                fact("department_code", "部门代码", ValueType.TEXT, "s.department_code"),
                fact("department_name", "部门名称", ValueType.TEXT, "s.department_name"),
                fact("submission_id", "申报编号", ValueType.TEXT, "s.submission_id::text"),
                fact("version", "版本", ValueType.INTEGER, "s.version"),
                fact("status", "审核状态", ValueType.TEXT, REVIEW_STATUS),
                fact("grade", "审核等级", ValueType.TEXT, "s.grade"));
        List<FactColumn> submissionRows = new ArrayList<>(submission);
        submissionRows.addAll(List.of(
                fact("projects", "项目数", ValueType.INTEGER, "s.project_count"),
                fact("budget_total", "预算数（万元）", ValueType.MONEY, "s.budget_total"),
                fact("indicators", "指标数", ValueType.INTEGER, "s.indicator_count"),
                fact("findings_error", "机审错误数", ValueType.INTEGER, "s.finding_errors"),
                fact("quality_score", "机审质量分", ValueType.SCORE, "s.quality_score"),
                fact("suggested_grade", "机审建议等级", ValueType.TEXT, "s.suggested_grade")));
        FACT_COLUMNS.put(Grain.SUBMISSION, List.copyOf(submissionRows));
        String projectName = "case when p.classified then '涉密' else p.project_name end";
        List<FactColumn> projectRows = new ArrayList<>(submission);
        projectRows.addAll(List.of(
                fact("project_code", "项目代码", ValueType.TEXT, "p.project_code"),
                fact("project_name", "项目名称", ValueType.TEXT, projectName),
                fact("classified", "涉密", ValueType.BOOLEAN, "p.classified"),
                fact("budget_total", "预算数（万元）", ValueType.MONEY, "p.budget_total"),
                fact("budget_fiscal", "财政资金（万元）", ValueType.MONEY, "p.budget_fiscal"),
                fact("budget_other", "其他资金（万元）", ValueType.MONEY, "p.budget_other"),
                fact("indicators", "指标数", ValueType.INTEGER, "p.indicator_count"),
                fact("quantitative_indicators", "定量指标数", ValueType.INTEGER, "p.quantitative_count")));
        FACT_COLUMNS.put(Grain.PROJECT, List.copyOf(projectRows));
        List<FactColumn> indicatorRows = new ArrayList<>(submission);
        indicatorRows.addAll(List.of(
                fact("project_code", "项目代码", ValueType.TEXT, "p.project_code"),
                fact("project_name", "项目名称", ValueType.TEXT, projectName),
                fact("level1", "一级指标", ValueType.TEXT, "i.level1"),
                fact("level2", "二级指标", ValueType.TEXT, "i.level2"),
                fact("indicator_name", "三级指标", ValueType.TEXT, "case when p.classified then '涉密' else i.name end"),
                fact("value_kind", "指标值类型", ValueType.TEXT, "i.value_kind"),
                fact("unit", "计量单位", ValueType.TEXT, "case when p.classified then '涉密' else i.unit end")));
        FACT_COLUMNS.put(Grain.INDICATOR, List.copyOf(indicatorRows));
        List<FactColumn> findingRows = new ArrayList<>(submission);
        findingRows.addAll(List.of(
                fact("rule_code", "机审规则", ValueType.TEXT, "f.rule_code"),
                fact("severity", "问题级别", ValueType.TEXT, "f.severity")));
        FACT_COLUMNS.put(Grain.FINDING, List.copyOf(findingRows));
    }

    private CubeModel() {
    }

    private static void measure(String name, String label, ValueType type, String submission, String project,
            String indicator, String finding) {
        Map<Grain, String> sql = new EnumMap<>(Grain.class);
        putIfPresent(sql, Grain.SUBMISSION, submission);
        putIfPresent(sql, Grain.PROJECT, project);
        putIfPresent(sql, Grain.INDICATOR, indicator);
        putIfPresent(sql, Grain.FINDING, finding);
        MEASURES.put(name, new Measure(name, label, type, Map.copyOf(sql)));
    }

    private static void putIfPresent(Map<Grain, String> map, Grain grain, String sql) {
        if (sql != null) {
            map.put(grain, sql);
        }
    }

    private static void dimension(String name, String label, ValueType type, String sql, Grain grain, String fdpType) {
        DIMENSIONS.put(name, new Dimension(name, label, type, sql, grain, fdpType));
    }

    private static FactColumn fact(String key, String label, ValueType type, String sql) {
        return new FactColumn(key, label, type, sql);
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
