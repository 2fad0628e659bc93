package com.budgetperf.report.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;
import com.budgetperf.report.config.ReportConfig;
import com.budgetperf.report.domain.CityReport;
import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.export.CityReportPage;
import com.budgetperf.report.repository.DisclosureRepository;
import com.budgetperf.report.repository.ReadSnapshot;
import com.budgetperf.report.repository.ReviewPanelRepository;
import com.budgetperf.report.repository.SubmissionCube;

/**
 * The report page of a city bureau (or the province, or a county below it): key figures beside the previous year's,
 * a row per county or department, a department's projects, charts and the review panel, inside the caller's region.
 */
@ApplicationScoped
public class CityReporting {

    static final String PAGE_MEASURES = "submissions,projects,budget_total,indicators,quantitative_share,findings_error,"
            + "mean_quality_score,approved,returned,pending";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CubeService cube;
    private final ChartService charts;
    private final SubmissionCube submissions;
    private final DisclosureRepository departments;
    private final ReviewPanelRepository reviews;
    private final ReportConfig config;
    private final ReadSnapshot snapshot;

    public CityReporting(CubeService cube, ChartService charts, SubmissionCube submissions,
            DisclosureRepository departments, ReviewPanelRepository reviews, ReportConfig config, ReadSnapshot snapshot) {
        this.snapshot = snapshot;
        this.cube = cube;
        this.charts = charts;
        this.submissions = submissions;
        this.departments = departments;
        this.reviews = reviews;
        this.config = config;
    }

    /**
     * @param basePath the page's own path, for its links ({@code /reports/city} or {@code /api/v1/reports/city})
     * @throws ProblemException 404 for a region outside the caller's, a department or project that is not there
     */
    @Transactional
    public String page(String callerPrefix, CityReport.Request request, String basePath) {
        snapshot.begin();
        RegionCode caller = RegionCode.of(callerPrefix);
        RegionCode scope = request.region() == null ? caller : request.region();
        if (!caller.covers(scope)) {
            throw ProblemException.notFound("行政区划 " + scope.label() + "（" + scope.code() + "）的报表");
        }
        boolean own = request.own() && scope.level() == RegionLevel.CITY;
        CityReport.Rows rowKind = own || scope.level() == RegionLevel.COUNTY ? CityReport.Rows.DEPARTMENTS
                : scope.level() == RegionLevel.PROVINCE ? CityReport.Rows.CITIES : CityReport.Rows.COUNTIES;
        List<Integer> years = submissions.fiscalYears(caller.prefix());
        int year = request.fiscalYear() != null ? request.fiscalYear()
                : years.isEmpty() ? Year.now(CHINA).getValue() : years.get(0);
        String prefix = scope.prefix();
        String ownCut = own ? "|region_county:" + scope.code() : "";
        String drilldown = switch (rowKind) {
            case CITIES -> "region_city";
            case COUNTIES -> "region_county";
            case DEPARTMENTS -> "department,department_name";
        };
        CubeTable totals = aggregate(PAGE_MEASURES, null, year, ownCut, null, request, prefix);
        CubeTable previousTotals = aggregate(PAGE_MEASURES, null, year - 1, ownCut, null, request, prefix);
        CubeTable rows = aggregate(PAGE_MEASURES, drilldown, year, ownCut, null, request, prefix);
        Map<String, BigDecimal> previousBudgets = new HashMap<>();
        for (List<Object> row : aggregate("budget_total", drilldown.split(",")[0], year - 1, ownCut, null, request, prefix)
                .rows()) {
            previousBudgets.put(String.valueOf(row.get(0)), (BigDecimal) row.get(1));
        }
        CubeTable findings = aggregate("findings", "rule_title", year, ownCut, "findings:desc", request, prefix);
        Disclosure department = department(request, rowKind, scope, year);
        List<BarChart> all = new ArrayList<>();
        for (String name : ChartService.NAMES) {
            charts.chart(name, year, prefix).ifPresent(all::add);
        }
        CityReport report = new CityReport(new CityReport.Request(year, request.approval(), request.region(), own,
                department == null ? null : request.department(), request.project()), caller, scope, year,
                years.contains(year) ? years : withYear(years, year), rowKind, totals, previousTotals, rows,
                previousBudgets, findings, department, all, charts.reviewProgress(year, prefix),
                reviews.panel(prefix, year, config.reviewDueDays(), Instant.now()), totals.includesEventsUpTo());
        return CityReportPage.render(report, basePath);
    }

    private Disclosure department(CityReport.Request request, CityReport.Rows rowKind, RegionCode scope, int year) {
        if (request.department() == null) {
            if (request.project() != null) {
                throw ProblemException.notFound("未指定部门的项目");
            }
            return null;
        }
        if (rowKind != CityReport.Rows.DEPARTMENTS) {
            throw ProblemException.notFound("部门 " + request.department() + "：请先选择区县（或市本级）");
        }
        Disclosure department = departments.find(scope.prefix(), scope.code(), request.department(), year,
                request.approval().finalOnly())
                .orElseThrow(() -> ProblemException.notFound(scope.label() + " 部门 " + request.department() + " 的 "
                        + year + " 年度申报"));
        if (request.project() != null && (request.project() < 1 || request.project() > department.projects().size())) {
            throw ProblemException.notFound(department.departmentName() + " 的第 " + request.project() + " 个项目");
        }
        return department;
    }

    private CubeTable aggregate(String measures, String drilldown, int year, String ownCut, String order,
            CityReport.Request request, String prefix) {
        return cube.aggregate(CubeQuery.aggregate(measures, drilldown, "fiscal_year:" + year + ownCut, order,
                request.approval(), 0, CubeQuery.MAX_SIZE), prefix);
    }

    private static List<Integer> withYear(List<Integer> years, int year) {
        List<Integer> all = new ArrayList<>(years);
        all.add(year);
        all.sort((a, b) -> b - a);
        return List.copyOf(all);
    }
}
