package com.budgetperf.report.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.domain.cube.LineChart;

/**
 * What the city report page shows for one choice of region, year and approval: key figures of this year and the
 * previous one, a row per sub-region (a province's cities, a city's counties) or per department (a county's, or a
 * city's own 市本级), a department's projects and one project's indicators, the 机审 rules, charts and the review panel.
 */
public record CityReport(Request request, RegionCode caller, RegionCode scope, int fiscalYear, List<Integer> years,
        Rows rowKind, CubeTable totals, CubeTable previousTotals, CubeTable rows, Map<String, BigDecimal> previousBudgets,
        CubeTable findingsByRule, Disclosure department, List<BarChart> charts, LineChart progress, ReviewPanel panel,
        Instant includesEventsUpTo) {

    /** What the rows of the main table are. */
    public enum Rows {
        CITIES("分地市情况", "地市"),
        COUNTIES("分区县情况", "区县"),
        DEPARTMENTS("分部门情况", "部门");

        private final String title;
        private final String label;

        Rows(String title, String label) {
            this.title = title;
            this.label = label;
        }

        public String title() {
            return title;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The choices of the page: fiscal year (null: the latest with data), approval, the region shown (null: the
     * caller's), {@code own} for a city's own departments (市本级), a department code of that region and a project's
     * position (1-based) in the department's table.
     */
    public record Request(Integer fiscalYear, Approval approval, RegionCode region, boolean own, String department,
            Integer project) {
    }

    /** The project shown, or null. */
    public Disclosure.ProjectTable project() {
        return department == null || request.project() == null ? null : department.projects().get(request.project() - 1);
    }
}
