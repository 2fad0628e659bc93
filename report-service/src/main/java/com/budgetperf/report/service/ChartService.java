package com.budgetperf.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.domain.cube.LineChart;
import com.budgetperf.report.repository.ReviewProgressRepository;

/** The data of each chart, read through the cube (so region scope and whitelist apply as everywhere). */
@ApplicationScoped
public class ChartService {

    public static final List<String> NAMES = List.of("budget-by-county", "findings-by-rule", "grade-distribution");
    private static final List<String> GRADE_ORDER = List.of("优", "良", "中", "差");

    /** The lines of the review progress chart: kind in the read model, legend, colour. */
    private static final List<String[]> PROGRESS_LINES = List.of(
            new String[] {"SUBMITTED", "累计提交", "#3b6ea5"},
            new String[] {"APPROVED", "累计通过", "#2e8b57"},
            new String[] {"RETURNED", "累计退回", "#c0392b"});

    private final CubeService cube;
    private final ReviewProgressRepository progress;

    public ChartService(CubeService cube, ReviewProgressRepository progress) {
        this.cube = cube;
        this.progress = progress;
    }

    /**
     * 审核进度: cumulative submitted, finally approved and returned counts per day (China Standard Time), one
     * point per day on which any of them changed.
     */
    @Transactional
    public LineChart reviewProgress(Integer fiscalYear, String regionPrefix) {
        Map<java.time.LocalDate, Map<String, Long>> byDay = new TreeMap<>();
        for (ReviewProgressRepository.DayCount count : progress.perDay(regionPrefix, fiscalYear)) {
            byDay.computeIfAbsent(count.day(), day -> new java.util.HashMap<>()).merge(count.kind(), count.count(), Long::sum);
        }
        List<LineChart.Series> series = new ArrayList<>();
        for (String[] line : PROGRESS_LINES) {
            List<Long> values = new ArrayList<>();
            long total = 0;
            for (Map<String, Long> counts : byDay.values()) {
                total += counts.getOrDefault(line[0], 0L);
                values.add(total);
            }
            series.add(new LineChart.Series(line[1], line[2], values));
        }
        String year = fiscalYear == null ? "" : fiscalYear + "年度";
        return new LineChart(year + "审核进度（累计）", "个申报", List.copyOf(byDay.keySet()), series);
    }

    /** Empty for an unknown chart name. */
    @Transactional
    public Optional<BarChart> chart(String name, Integer fiscalYear, String regionPrefix) {
        String cut = fiscalYear == null ? null : "fiscal_year:" + fiscalYear;
        String year = fiscalYear == null ? "" : fiscalYear + "年度";
        return switch (name) {
            case "budget-by-county" -> Optional.of(new BarChart(year + "各区县预算数", "万元",
                    bars(query("budget_total", "region_county", cut, null, regionPrefix), null).stream()
                            .map(bar -> new BarChart.Bar(RegionCode.labelOf(bar.label()), bar.value())).toList()));
            case "findings-by-rule" -> Optional.of(new BarChart(year + "机审问题按规则分布", "条",
                    bars(query("findings", "rule_title", cut, "findings:desc", regionPrefix), null)));
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
