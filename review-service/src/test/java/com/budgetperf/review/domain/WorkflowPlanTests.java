package com.budgetperf.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.region.RegionLevel;

class WorkflowPlanTests {

    /** As seeded by V2__workflow.sql. */
    static final WorkflowPlan PLAN = new WorkflowPlan(
            List.of(new StageDefinition(ReviewStage.CITY_FINANCE, 2, "市级财政", RegionLevel.CITY),
                    new StageDefinition(ReviewStage.COUNTY_FINANCE, 1, "县级财政", RegionLevel.COUNTY)),
            List.of(new StageRule(ReviewStage.CITY_FINANCE, StageRule.Condition.TEXT_MATCHES,
                    "[\\u4e00-\\u9fa5]{1,4}财[\\u4e00-\\u9fa5]{0,4}[【〔\\[(（]\\s*\\d{4}\\s*[】〕\\])）]\\s*\\d+\\s*号", "文号"),
                    new StageRule(ReviewStage.CITY_FINANCE, StageRule.Condition.BUDGET_TOTAL_ABOVE, "5000", "超过 5000 万元")));

    static SubmissionFacts facts(String region, String text, String total) {
        return new SubmissionFacts(region, List.of(text), new BigDecimal(total));
    }

    @Test
    void countySubmissionWithoutTransferOrLargeBudgetStaysAtTheCounty() {
        assertEquals(List.of(ReviewStage.COUNTY_FINANCE), PLAN.stagesFor(facts("130607", "就业补助资金 职业培训补贴", "1574")));
    }

    @Test
    void upperLevelTransferDocumentNumbersSendTheSubmissionToTheCity() {
        for (String text : List.of("依据保财社【2025】35号文件", "冀财社〔2024〕12号 提前下达", "保财农[2023] 7 号")) {
            assertEquals(List.of(ReviewStage.COUNTY_FINANCE, ReviewStage.CITY_FINANCE),
                    PLAN.stagesFor(facts("130607", text, "10")), text);
        }
    }

    @Test
    void aBudgetAboveTheThresholdNeedsTheCity() {
        assertEquals(List.of(ReviewStage.COUNTY_FINANCE, ReviewStage.CITY_FINANCE),
                PLAN.stagesFor(facts("130607", "道路建设", "5000.01")));
        assertEquals(List.of(ReviewStage.COUNTY_FINANCE), PLAN.stagesFor(facts("130607", "道路建设", "5000")));
    }

    @Test
    void cityDepartmentsStartAtTheirOwnLevelAndProvinceDepartmentsHaveNoStage() {
        assertEquals(List.of(ReviewStage.CITY_FINANCE), PLAN.stagesFor(facts("1306", "保财社【2025】35号", "10")));
        assertEquals(List.of(ReviewStage.CITY_FINANCE), PLAN.stagesFor(facts("130600", "x", "1")));
        assertThrows(IllegalArgumentException.class, () -> PLAN.stagesFor(facts("130000", "x", "99999")));
    }

    @Test
    void malformedRegionOrMissingLevelHasNoPlan() {
        assertThrows(IllegalArgumentException.class, () -> PLAN.stagesFor(facts("河北", "x", "1")));
        WorkflowPlan countyOnly = new WorkflowPlan(
                List.of(new StageDefinition(ReviewStage.COUNTY_FINANCE, 1, "县级财政", RegionLevel.COUNTY)), List.of());
        assertThrows(IllegalArgumentException.class, () -> countyOnly.stagesFor(facts("1306", "x", "1")));
    }

    @Test
    void decisionsMoveThroughThePlan() {
        List<ReviewStage> plan = List.of(ReviewStage.COUNTY_FINANCE, ReviewStage.CITY_FINANCE);
        assertEquals(new CaseWorkflow.Transition(CaseWorkflow.Outcome.STAGE_APPROVED, CaseStatus.OPEN, ReviewStage.CITY_FINANCE),
                CaseWorkflow.decide(CaseStatus.IN_REVIEW, ReviewStage.COUNTY_FINANCE, plan, Grade.GOOD));
        assertEquals(CaseWorkflow.Outcome.FINALLY_APPROVED,
                CaseWorkflow.decide(CaseStatus.OPEN, ReviewStage.CITY_FINANCE, plan, Grade.EXCELLENT).outcome());
        assertEquals(CaseStatus.RETURNED, CaseWorkflow.decide(CaseStatus.OPEN, ReviewStage.CITY_FINANCE, plan, Grade.FAIR).status());
        assertEquals(CaseStatus.REJECTED, CaseWorkflow.decide(CaseStatus.OPEN, ReviewStage.COUNTY_FINANCE, plan, Grade.POOR).status());
        assertThrows(IllegalStateException.class,
                () -> CaseWorkflow.decide(CaseStatus.APPROVED, ReviewStage.CITY_FINANCE, plan, Grade.GOOD));
        assertThrows(IllegalStateException.class,
                () -> CaseWorkflow.decide(CaseStatus.RETURNED, ReviewStage.COUNTY_FINANCE, plan, Grade.GOOD));
        assertEquals(Grade.FAIR, Grade.parse("中").orElseThrow());
        assertEquals(true, Grade.parse("甲").isEmpty());
    }

    @Test
    void commentAnchorsArePointersIntoTheDocument() {
        for (String ok : List.of("", "/", "/projects/2", "/projects/2/indicators/5", "/overallGoal", "/subGoals/0")) {
            assertEquals(true, DocumentPointer.isWellFormed(ok), ok);
        }
        for (String bad : List.of("projects/1", "/projects/x", "/projects/1/indicators", "/foo", "/projects/-1")) {
            assertEquals(false, DocumentPointer.isWellFormed(bad), bad);
        }
        assertEquals(2, DocumentPointer.projectIndex("/projects/2/indicators/5"));
        assertEquals(5, DocumentPointer.indicatorIndex("/projects/2/indicators/5"));
        assertEquals(-1, DocumentPointer.indicatorIndex("/projects/2"));
    }
}
