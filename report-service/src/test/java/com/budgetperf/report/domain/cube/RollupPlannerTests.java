package com.budgetperf.report.domain.cube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The planner picks the coarsest rollup whose grouping and sums give the query exactly, and the facts otherwise. */
class RollupPlannerTests {

    @Test
    void theCoarsestRollupThatCoversTheQueryAnswersIt() {
        assertEquals(Optional.of(Rollup.SUBMISSION), plan("submissions,budget_total,mean_quality_score,approved",
                "region_county,status,grade", "fiscal_year:2025;2026", Approval.of(null, "COUNTY_FINANCE")));
        assertEquals(Optional.of(Rollup.PROJECT), plan("budget_total,submissions", "classified", null, Approval.ALL));
        assertEquals(Optional.of(Rollup.INDICATOR_LEVEL1), plan("indicators,submissions", "region_city,level1",
                "fiscal_year:1990", Approval.of("true", null)));
        assertEquals(Optional.of(Rollup.INDICATOR_LEVELS), plan("indicators,quantitative_share", "level1,level2", null,
                Approval.ALL));
        assertEquals(Optional.of(Rollup.INDICATOR_LEVELS), plan("indicators", "level2", null, Approval.ALL));
        assertEquals(Optional.of(Rollup.INDICATOR), plan("indicators", "value_kind", "classified:true", Approval.ALL));
        assertEquals(Optional.of(Rollup.FINDING_RULE), plan("findings,findings_error,submissions", "rule_code", null,
                Approval.ALL));
        assertEquals(Optional.of(Rollup.FINDING), plan("findings", "severity", null, Approval.ALL));
    }

    @Test
    void aDistinctCountAddsUpOnlyWhenEveryLowerDimensionIsOneValuePerCell() {
        // a submission has indicators under several level1 values: its count would be summed twice
        assertEquals(Optional.of(Rollup.INDICATOR_LEVEL1), plan("indicators", "region_county", "level1:产出指标;效益指标",
                Approval.ALL));
        assertEquals(Optional.of(Rollup.INDICATOR_LEVEL1), plan("submissions", "region_county", "level1:产出指标",
                Approval.ALL));
        assertEquals(Optional.empty(), plan("submissions", "region_county", "level1:产出指标;效益指标", Approval.ALL));
        assertEquals(Optional.empty(), plan("submissions", "level2", null, Approval.ALL));
        assertEquals(Optional.empty(), plan("approved", "value_kind", null, Approval.ALL));
        assertEquals(Optional.empty(), plan("submissions", "severity", null, Approval.ALL));
        // a project belongs to one classified value: only the indicator dimensions must be fixed for projects
        assertEquals(Optional.of(Rollup.INDICATOR), plan("projects", "level1,level2,value_kind", null, Approval.ALL));
        assertEquals(Optional.empty(), plan("submissions", "level1,level2,value_kind", null, Approval.ALL));
        assertEquals(Optional.of(Rollup.INDICATOR), plan("submissions", "level1,level2,value_kind", "classified:false",
                Approval.ALL));
        assertEquals(Optional.of(Rollup.PROJECT), plan("submissions", "region_county", "classified:true", Approval.ALL));
        assertEquals(Optional.empty(), plan("submissions", "region_county", "classified:true;false", Approval.ALL));
    }

    @Test
    void theSummaryRowIsPlannedOnItsOwn() {
        CubeQuery byLevel = CubeQuery.aggregate("indicators,submissions", "region_city,level1", "fiscal_year:1990", null,
                Approval.of("true", null), 0, 100);
        assertEquals(Optional.of(Rollup.INDICATOR_LEVEL1), Rollup.answering(byLevel));
        // all cells merged: a submission with two level1 values must be counted once
        assertEquals(Optional.of(Rollup.INDICATOR_TOTAL), Rollup.answering(byLevel.summary()));
        assertEquals(Optional.of(Rollup.FINDING_TOTAL), Rollup.answering(
                CubeQuery.aggregate("findings,submissions", "rule_code", null, null, Approval.ALL, 0, 100).summary()));
        assertEquals(Optional.of(Rollup.FINDING_RULE), Rollup.answering(
                CubeQuery.aggregate("findings,submissions", "region_county", "rule_code:R1", null, Approval.ALL, 0, 100).summary()));
    }

    @Test
    void detailIsAnsweredFromTheFacts() {
        assertEquals(Optional.empty(), plan("submissions,budget_total", "department", null, Approval.ALL));
        assertEquals(Optional.empty(), plan("indicators", "level1", "department:356001", Approval.ALL));
    }

    private static Optional<Rollup> plan(String measures, String drilldown, String cut, Approval approval) {
        return Rollup.answering(CubeQuery.aggregate(measures, drilldown, cut, null, approval, 0, 100));
    }
}
