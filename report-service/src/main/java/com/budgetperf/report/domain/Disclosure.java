package com.budgetperf.report.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a department publishes for a fiscal year, as the Hebei 部门预算绩效目标 documents do: the 部门整体绩效目标
 * (总体绩效目标, 分项绩效目标, the department-wide indicator grid, 工作保障措施) and one 项目支出绩效目标表 per project of its
 * latest submission versions. {@code regionName} is the region as a reader knows it (保定市满城区). A 涉密 project is
 * redacted when it is built ({@link ProjectTable#published}): whoever renders the document cannot leak it.
 */
public record Disclosure(String departmentCode, String departmentName, String regionCode, String regionName,
        int fiscalYear, DepartmentTable department, List<ProjectTable> projects) {

    public static final String REDACTED = "涉密";

    /**
     * Who publishes, as the documents head their tables: the department's name, after the region's name unless the
     * department's name already says where it is (保定市满城区人力资源和社会保障局).
     */
    public String publisher() {
        if (departmentName == null || departmentName.isBlank()) {
            return regionName == null ? departmentCode : regionName;
        }
        String county = com.budgetperf.platform.region.RegionCode.labelOf(regionCode);
        return regionName == null || departmentName.contains(county) || departmentName.startsWith(regionName)
                ? departmentName
                : regionName + departmentName;
    }

    /** 部门整体绩效目标; empty parts are null or empty lists (older events carried none of it). */
    public record DepartmentTable(String overallGoal, List<String> goals, List<IndicatorRow> indicators,
            String safeguards) {

        public static final DepartmentTable NONE = new DepartmentTable(null, List.of(), List.of(), null);

        public boolean isEmpty() {
            return overallGoal == null && safeguards == null && goals.isEmpty() && indicators.isEmpty();
        }
    }

    /**
     * One 项目支出绩效目标表: 项目编码, 项目名称, 预算数 / 财政资金 / 其他资金 (万元), 资金用途, 资金支出计划（%）(null when the
     * document has none), 绩效目标 lines and the indicator grid.
     */
    public record ProjectTable(String code, String name, boolean classified, BigDecimal budgetTotal,
            BigDecimal budgetFiscal, BigDecimal budgetOther, String purpose, SpendingPlan plan, List<String> goals,
            List<IndicatorRow> indicators) {

        /**
         * The table as published: a 涉密 project keeps its budget, plan and the 一级/二级 of its rows, and shows “涉密”
         * for its name, 资金用途, every 绩效目标 and every other cell of the grid.
         */
        public static ProjectTable published(String code, String name, boolean classified, BigDecimal budgetTotal,
                BigDecimal budgetFiscal, BigDecimal budgetOther, String purpose, SpendingPlan plan, List<String> goals,
                List<IndicatorRow> indicators) {
            if (!classified) {
                return new ProjectTable(code, name, false, budgetTotal, budgetFiscal, budgetOther, purpose, plan,
                        List.copyOf(goals), List.copyOf(indicators));
            }
            return new ProjectTable(code, REDACTED, true, budgetTotal, budgetFiscal, budgetOther, REDACTED, plan,
                    goals.isEmpty() ? List.of() : List.of(REDACTED),
                    indicators.stream().map(IndicatorRow::redacted).toList());
        }
    }

    /** 资金支出计划（%）: cumulative share spent by the end of March, June, October, December; any may be null. */
    public record SpendingPlan(BigDecimal mar, BigDecimal jun, BigDecimal oct, BigDecimal dec) {

        public static final List<String> MONTHS = List.of("3月底", "6月底", "10月底", "12月底");

        public List<BigDecimal> shares() {
            return java.util.Arrays.asList(mar, jun, oct, dec);
        }
    }

    /**
     * A row of an indicator grid: 一级指标, 二级指标, 三级指标, 绩效指标描述, 指标值 (as written), 指标值确定依据 and
     * 评（扣）分标准 (null where the form has no such column).
     */
    public record IndicatorRow(String level1, String level2, String name, String description, String value,
            String basis, String scoring) {

        IndicatorRow redacted() {
            return new IndicatorRow(level1, level2, REDACTED, REDACTED, REDACTED, REDACTED,
                    scoring == null ? null : REDACTED);
        }
    }

    /** Whether any row of the grid has a 评（扣）分标准, so that the column is shown. */
    public static boolean scored(List<IndicatorRow> rows) {
        return rows.stream().anyMatch(row -> row.scoring() != null && !row.scoring().isBlank());
    }
}
