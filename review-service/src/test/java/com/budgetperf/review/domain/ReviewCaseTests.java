package com.budgetperf.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.region.RegionLevel;

class ReviewCaseTests {

    private static final Instant NOW = Instant.parse("2025-01-10T08:00:05Z");

    private static ReviewCase.SubmittedVersion submitted(String regionCode, int version) {
        return new ReviewCase.SubmittedVersion(UUID.randomUUID(), version, 2025, regionCode, "356001",
                "保定市满城区人力资源和社会保障局");
    }

    @Test
    void labelsAreChinese() {
        assertEquals("县级财政", ReviewStage.COUNTY_FINANCE.label());
        assertEquals("市级财政", Labelled.labelOf(ReviewStage.class, "CITY_FINANCE"));
        assertEquals("PROVINCE_FINANCE", Labelled.labelOf(ReviewStage.class, "PROVINCE_FINANCE"));
        assertEquals("已被新版本取代", CaseStatus.SUPERSEDED.label());
        assertEquals("项目审核结论", Labelled.labelOf(AuditAction.class, "PROJECT_VERDICT"));
        assertEquals("县级", RegionLevel.COUNTY.label());
    }

    @Test
    void aSubmittedVersionOpensAnOpenCaseAtItsFirstStage() {
        ReviewCase.SubmittedVersion version = submitted("130607", 2);
        UUID id = UUID.randomUUID();

        ReviewCase opened = ReviewCase.open(id, version, ReviewStage.COUNTY_FINANCE, NOW);

        assertEquals(id, opened.id());
        assertEquals(version.submissionId(), opened.submissionId());
        assertEquals(2, opened.submissionVersion());
        assertEquals(2025, opened.fiscalYear());
        assertEquals("130607", opened.regionCode());
        assertEquals("356001", opened.departmentCode());
        assertEquals(ReviewStage.COUNTY_FINANCE, opened.stage());
        assertEquals(CaseStatus.OPEN, opened.status());
        assertEquals(NOW, opened.openedAt());
    }

    @Test
    void incompleteSubmissionsOpenNoCase() {
        UUID id = UUID.randomUUID();
        assertThrows(IllegalArgumentException.class, () -> ReviewCase.open(id, submitted("130607", 0), ReviewStage.COUNTY_FINANCE, NOW));
        assertThrows(IllegalArgumentException.class, () -> ReviewCase.open(id, submitted("河北", 1), ReviewStage.COUNTY_FINANCE, NOW));
        assertThrows(IllegalArgumentException.class, () -> ReviewCase.open(id,
                new ReviewCase.SubmittedVersion(UUID.randomUUID(), 1, 2025, "130607", " ", "某局"), ReviewStage.COUNTY_FINANCE, NOW));
        assertThrows(IllegalArgumentException.class, () -> ReviewCase.open(id,
                new ReviewCase.SubmittedVersion(UUID.randomUUID(), 1, 2025, "130607", "356001", null), ReviewStage.COUNTY_FINANCE, NOW));
    }

    @Test
    void statusFilterAcceptsKnownNamesOnly() {
        assertEquals(CaseStatus.RETURNED, CaseStatus.parse("returned").orElseThrow());
        assertTrue(CaseStatus.parse("CLOSED").isEmpty());
        assertTrue(CaseStatus.parse(null).isEmpty());
    }
}
