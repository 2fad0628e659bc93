package com.budgetperf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.BarChart;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.CubeQueryException;
import com.budgetperf.report.repository.CubeSource;
import com.budgetperf.report.repository.CubeSql;
import com.budgetperf.report.domain.cube.Grain;
import com.budgetperf.report.export.CellText;
import com.budgetperf.report.export.SvgChart;
import com.budgetperf.report.messaging.in.SubmissionSubmitted;
import com.budgetperf.report.projection.ReviewOutcome;
import com.budgetperf.report.projection.SubmissionFacts;
import com.budgetperf.report.projection.SubmissionProjection;

/** The cube whitelist, SQL building, review outcomes, projection of children, neutralising — without Quarkus. */
class CubeModelTests {

    @Test
    void onlyWhitelistedNamesReachSqlAndValuesAreParameters() {
        CubeQuery query = CubeQuery.aggregate("budget_total,submissions", "region_city", "fiscal_year:2025|status:APPROVED;RETURNED",
                "budget_total:desc", Approval.of("true", "CITY_FINANCE"), 2, 10);
        CubeSql.Statement statement = CubeSql.cells(query, "13");
        assertEquals(Grain.SUBMISSION, query.grain());
        assertFalse(statement.sql().contains("2025") || statement.sql().contains("APPROVED'") || statement.sql().contains("'13'"),
                statement.sql());
        assertEquals(List.of("13", 2025, "APPROVED", "RETURNED", "CITY_FINANCE", 10, 20L),
                statement.parameters());
        assertTrue(statement.sql().contains("s.region_code like ?1 || '%'"));
        assertTrue(statement.sql().contains("order by budget_total desc nulls last, region_city asc"));

        CubeQueryException unknown = assertThrows(CubeQueryException.class,
                () -> CubeQuery.aggregate("budget_total) from pg_user --", "", null, null, Approval.ALL, 0, 10));
        assertEquals("/measures", unknown.field());
        assertEquals("/drilldown", assertThrows(CubeQueryException.class,
                () -> CubeQuery.aggregate("submissions", "region_city;x", null, null, Approval.ALL, 0, 10)).field());
        assertEquals("/order", assertThrows(CubeQueryException.class,
                () -> CubeQuery.aggregate("submissions", "region_city", null, "budget_total:desc", Approval.ALL, 0, 10)).field());
        assertEquals("/drilldown", assertThrows(CubeQueryException.class,
                () -> CubeQuery.aggregate("submissions", "rule_code,level1", null, null, Approval.ALL, 0, 10)).field());
        assertEquals("/approvedOnly", assertThrows(CubeQueryException.class, () -> Approval.of("yes", null)).field());
    }

    @Test
    void withdrawnSubmissionsAreOutsideEveryQueryThatDoesNotCutForThem() {
        for (String cut : new String[] {null, "fiscal_year:2025", "status:APPROVED;RETURNED"}) {
            CubeQuery query = CubeQuery.aggregate("submissions", "status", cut, null, Approval.ALL, 0, 10);
            assertFalse(query.includesWithdrawn(), cut);
            assertTrue(CubeSql.cells(query, "13").sql().contains("s.review_status <> 'WITHDRAWN'"), cut);
            assertTrue(CubeSql.facts(CubeQuery.facts("project", cut, null, Approval.ALL, 0, 10), "13").sql()
                    .contains("s.review_status <> 'WITHDRAWN'"), cut);
        }
        for (String cut : new String[] {"status:WITHDRAWN", "fiscal_year:2025|status:PENDING;WITHDRAWN"}) {
            CubeQuery query = CubeQuery.aggregate("submissions", "status", cut, null, Approval.ALL, 0, 10);
            assertTrue(query.includesWithdrawn(), cut);
            CubeSql.Statement statement = CubeSql.cellsAndSummary(query, "13", CubeSource.FACTS);
            assertFalse(statement.sql().contains("WITHDRAWN"), "the cut value is a parameter: " + statement.sql());
            assertTrue(statement.parameters().contains("WITHDRAWN"), cut);
        }
    }

    @Test
    void grainFollowsTheDimensions() {
        assertEquals(Grain.INDICATOR, CubeQuery.aggregate("indicators", "level1", "classified:true", null, Approval.ALL, 0, 10).grain());
        assertEquals(Grain.PROJECT, CubeQuery.aggregate("budget_total", "classified", null, null, Approval.ALL, 0, 10).grain());
        assertEquals(Grain.FINDING, CubeQuery.aggregate("findings", "region_county", "rule_code:R1", null, Approval.ALL, 0, 10).grain());
        assertEquals("/measures", assertThrows(CubeQueryException.class,
                () -> CubeQuery.aggregate("mean_quality_score", "rule_code", null, null, Approval.ALL, 0, 10)).field());
    }

    @Test
    void reviewOutcomeFollowsTheDecisions() {
        UUID id = UUID.randomUUID();
        ReviewOutcome opened = ReviewOutcome.after(null, ReviewOutcome.Kind.OPENED, id, 1, "COUNTY_FINANCE", null, false, null);
        assertEquals("IN_REVIEW", opened.status());
        ReviewOutcome county = ReviewOutcome.after(opened, ReviewOutcome.Kind.APPROVED, id, 1, "COUNTY_FINANCE", "良", false, null);
        assertEquals("IN_REVIEW", county.status());
        assertEquals("COUNTY_FINANCE", county.approvedStage());
        ReviewOutcome city = ReviewOutcome.after(county, ReviewOutcome.Kind.APPROVED, id, 1, "CITY_FINANCE", "优", true, null);
        assertEquals("APPROVED", city.status());
        assertTrue(city.finalApproved());
        assertEquals("优", city.grade());
        ReviewOutcome returned = ReviewOutcome.after(county, ReviewOutcome.Kind.RETURNED, id, 1, "CITY_FINANCE", "差", false, null);
        assertEquals("RETURNED", returned.status());
        assertNull(returned.approvedStage());
        assertEquals("良", ReviewOutcome.after(county, ReviewOutcome.Kind.STAGE_ENTERED, id, 1, "CITY_FINANCE", null, false, null).grade());
    }

    @Test
    void projectionBuildsProjectIndicatorAndFindingRows() {
        var indicators = List.of(new SubmissionSubmitted.Indicator("产出指标", "数量指标", "人数"),
                new SubmissionSubmitted.Indicator("效益指标", "社会效益指标", "效果"));
        var event = new SubmissionSubmitted(UUID.randomUUID(), 2025, "130607", "356001", "人社局", 2, null, null,
                new SubmissionSubmitted.Document(List.of(new SubmissionSubmitted.Project("P1", "项目", true,
                        new SubmissionSubmitted.Budget(null, new BigDecimal("1.5"), new BigDecimal("2")), indicators))),
                List.of(new SubmissionSubmitted.Finding("R1", "info", "/", "m")),
                List.of(new SubmissionSubmitted.Value("/projects/0/indicators/0/value", "人数", "≥500人", "quantitative", "人")),
                new BigDecimal("75"), "中", "v1");
        SubmissionFacts facts = SubmissionProjection.project(event);
        assertEquals(2, facts.indicatorCount());
        assertEquals(1, facts.quantitativeCount());
        assertEquals(1, facts.findingInfos());
        assertEquals(new BigDecimal("3.500000"), facts.projects().get(0).budgetTotal());
        assertEquals(new BigDecimal("1.500000"), facts.budgetFiscal());
        assertTrue(facts.projects().get(0).classified());
        assertEquals("QUANTITATIVE", facts.indicators().get(0).valueKind());
        assertNull(facts.indicators().get(1).valueKind());
        assertEquals("≥500人", facts.indicators().get(0).rawValue());
        assertEquals("INFO", facts.findings().get(0).severity());
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() {
        assertEquals("'=HYPERLINK(\"x\")", CellText.neutralise("=HYPERLINK(\"x\")"));
        assertEquals("'+1", CellText.neutralise("+1"));
        assertEquals("'-1", CellText.neutralise("-1"));
        assertEquals("'@SUM(A1)", CellText.neutralise("@SUM(A1)"));
        assertEquals("培训=1", CellText.neutralise("培训=1"));
        assertEquals("-1.500000", CellText.of(new BigDecimal("-1.500000")));
        assertEquals("是", CellText.of(true));
    }

    @Test
    void svgEscapesLabelsAndKeepsChinese() {
        String svg = SvgChart.render(new BarChart("各区县预算数", "万元",
                List.of(new BarChart.Bar("<script>", BigDecimal.ONE), new BarChart.Bar("满城区", BigDecimal.TEN))));
        assertTrue(svg.contains("各区县预算数") && svg.contains("满城区") && svg.contains("&lt;script&gt;"));
        assertFalse(svg.contains("<script>"));
    }
}
