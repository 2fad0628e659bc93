package com.budgetperf.report.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.export.CityReportPage;

/** The report page of a city bureau: its counties' key figures and the charts, inside the caller's region. */
@ApplicationScoped
public class CityReporting {

    static final String PAGE_MEASURES = "submissions,projects,budget_total,indicators,quantitative_share,findings_error,"
            + "mean_quality_score,approved,returned,pending";

    private final CubeService cube;
    private final ChartService charts;

    public CityReporting(CubeService cube, ChartService charts) {
        this.cube = cube;
        this.charts = charts;
    }

    @Transactional
    public String page(String regionPrefix, Integer fiscalYear) {
        String cut = fiscalYear == null ? null : "fiscal_year:" + fiscalYear;
        var byCounty = cube.aggregate(CubeQuery.aggregate(PAGE_MEASURES, "region_county", cut, null, Approval.ALL, 0,
                CubeQuery.MAX_SIZE), regionPrefix);
        List<BarChart> all = new ArrayList<>();
        for (String name : ChartService.NAMES) {
            charts.chart(name, fiscalYear, regionPrefix).ifPresent(all::add);
        }
        return CityReportPage.render(regionPrefix, fiscalYear, byCounty, all, charts.reviewProgress(fiscalYear, regionPrefix));
    }
}
