package com.budgetperf.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.CubeTable;

/** The data of each chart, read through the cube (so region scope and whitelist apply as everywhere). */
@ApplicationScoped
public class ChartService {

    public static final List<String> NAMES = List.of("budget-by-county", "findings-by-rule", "grade-distribution");
    private static final List<String> GRADE_ORDER = List.of("优", "良", "中", "差");

    private final CubeService cube;

    public ChartService(CubeService cube) {
        this.cube = cube;
    }

    /** Empty for an unknown chart name. */
    @Transactional
    public Optional<BarChart> chart(String name, Integer fiscalYear, String regionPrefix) {
        String cut = fiscalYear == null ? null : "fiscal_year:" + fiscalYear;
        String year = fiscalYear == null ? "" : fiscalYear + "年度";
        return switch (name) {
            case "budget-by-county" -> Optional.of(new BarChart(year + "各区县预算数", "万元",
                    bars(query("budget_total", "region_county", cut, null, regionPrefix), null)));
            case "findings-by-rule" -> Optional.of(new BarChart(year + "机审问题按规则分布", "条",
                    bars(query("findings", "rule_code", cut, "findings:desc", regionPrefix), null)));
            case "grade-distribution" -> {
                List<BarChart.Bar> bars = new ArrayList<>(bars(query("submissions", "grade", cut, null, regionPrefix), "未评级"));
                bars.sort(Comparator.comparingInt(bar -> GRADE_ORDER.contains(bar.label())
                        ? GRADE_ORDER.indexOf(bar.label()) : GRADE_ORDER.size()));
                yield Optional.of(new BarChart(year + "审核等级分布", "个申报", bars));
            }
            default -> Optional.empty();
        };
    }

    private CubeTable query(String measure, String drilldown, String cut, String order, String regionPrefix) {
        return cube.aggregate(CubeQuery.aggregate(measure, drilldown, cut, order, Approval.ALL, 0, 200), regionPrefix);
    }

    private static List<BarChart.Bar> bars(CubeTable table, String nullLabel) {
        return table.rows().stream()
                .map(row -> new BarChart.Bar(row.get(0) == null ? (nullLabel == null ? "（无）" : nullLabel) : row.get(0).toString(),
                        row.get(1) instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(((Number) row.get(1)).longValue())))
                .toList();
    }
}
