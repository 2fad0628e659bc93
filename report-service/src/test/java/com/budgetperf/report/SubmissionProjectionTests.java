package com.budgetperf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;
import com.budgetperf.report.domain.Drilldown;
import com.budgetperf.report.messaging.in.SubmissionSubmitted;
import com.budgetperf.report.messaging.in.SubmissionSubmitted.Budget;
import com.budgetperf.report.messaging.in.SubmissionSubmitted.Finding;
import com.budgetperf.report.messaging.in.SubmissionSubmitted.Project;
import com.budgetperf.report.projection.SubmissionFacts;
import com.budgetperf.report.projection.SubmissionProjection;

/** The projection's pure computation, without Quarkus. */
class SubmissionProjectionTests {

    static Project withTotal(String total) {
        return new Project("P", "项目", new Budget(new BigDecimal(total), null, null));
    }

    static SubmissionSubmitted submitted(String regionCode, List<Project> projects, Finding... findings) {
        return new SubmissionSubmitted(UUID.randomUUID(), 2025, regionCode, "356001", "人社局", 3, "SUBMITTED", null,
                new SubmissionSubmitted.Document(projects), Arrays.asList(findings));
    }

    @Test
    void budgetTotalIsExactAndTreatsMissingBudgetsAsZero() {
        List<Project> projects = Arrays.asList(
                withTotal("12.345678"),
                new Project("P2", "无预算项目", null),
                new Project("P3", "只有资金来源", new Budget(null, new BigDecimal("0.1"), new BigDecimal("0.2"))),
                new Project("P4", "空预算", new Budget(null, null, null)),
                withTotal("0.000001"),
                null);
        SubmissionFacts facts = SubmissionProjection.project(submitted("130607", projects));
        // 0.1 + 0.2 in double would be 0.30000000000000004
        assertEquals(new BigDecimal("12.645679"), facts.budgetTotal());
        assertEquals(5, facts.projectCount());
        assertEquals(new BigDecimal("0.000000"), SubmissionProjection.budgetTotal(List.of()));
    }

    @Test
    void findingsAreCountedBySeverityAndAMissingDocumentMeansNoProjects() {
        SubmissionFacts facts = SubmissionProjection.project(new SubmissionSubmitted(UUID.randomUUID(), 2025, "1306",
                "356001", null, 1, null, null, null, List.of(
                        new Finding("R1", "ERROR", "/projects/0", "x"), new Finding("R2", "error", "/", "x"),
                        new Finding("R3", "WARNING", "/", "x"), new Finding("R4", "INFO", "/", "x"))));
        assertEquals(0, facts.projectCount());
        assertEquals(new BigDecimal("0.000000"), facts.budgetTotal());
        assertEquals(2, facts.findingErrors());
        assertEquals(1, facts.findingWarnings());
        assertEquals("SUBMITTED", facts.status());
    }

    @Test
    void theRegionIsThePlatformsRegionCode() {
        assertEquals(RegionLevel.PROVINCE, SubmissionProjection.region("13").level());
        assertEquals(RegionLevel.CITY, SubmissionProjection.region("1306").level());
        assertEquals(RegionLevel.CITY, SubmissionProjection.region("130600").level(), "市本级 is the city, not a county");
        RegionCode county = SubmissionProjection.region("130607");
        assertEquals(RegionLevel.COUNTY, county.level());
        assertEquals(List.of("130000", "130600", "130607"), county.lineage().stream().map(RegionCode::code).toList());
        for (String bad : new String[] {"1", "130", "1306070", "13a6", "", null}) {
            assertThrows(MalformedEventException.class, () -> SubmissionProjection.region(bad), bad);
        }
    }

    @Test
    void aSnapshotWithoutIdentityIsMalformed() {
        assertThrows(MalformedEventException.class, () -> SubmissionProjection.project(new SubmissionSubmitted(
                null, 2025, "130607", "356001", null, 1, null, null, null, null)));
        assertThrows(MalformedEventException.class, () -> SubmissionProjection.project(submitted("130", List.of())));
    }

    @Test
    void drilldownAcceptsCityAndCountyOnly() {
        assertEquals(4, Drilldown.parse("city").orElseThrow().prefixLength());
        assertEquals(6, Drilldown.parse(" County ").orElseThrow().prefixLength());
        assertTrue(Drilldown.parse("street").isEmpty());
        assertTrue(Drilldown.parse(null).isEmpty());
    }
}
