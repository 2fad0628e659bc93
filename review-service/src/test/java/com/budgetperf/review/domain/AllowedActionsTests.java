package com.budgetperf.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.region.RegionLevel;

class AllowedActionsTests {

    static final AllowedActions.Caller MANCHENG = new AllowedActions.Caller("li.si", "130607");
    static final AllowedActions.Caller JINGXIU = new AllowedActions.Caller("wang.wu", "130602");
    static final AllowedActions.Caller BAODING = new AllowedActions.Caller("zhao.liu", "1306");

    @Test
    void aCountyReviewerActsOnAnOpenCaseOfTheCountyStage() {
        assertEquals(List.of("claim", "assign", "comment", "approve", "return", "reject", "verdict"),
                AllowedActions.of(CaseStatus.OPEN, "130607", RegionLevel.COUNTY, null, MANCHENG));
        assertEquals(List.of("assign", "comment", "approve", "return", "reject", "verdict"),
                AllowedActions.of(CaseStatus.IN_REVIEW, "130607", RegionLevel.COUNTY, "li.si", MANCHENG));
    }

    @Test
    void otherRegionsAndOtherLevelsMayOnlyLook() {
        assertEquals(List.of(), AllowedActions.of(CaseStatus.OPEN, "130607", RegionLevel.COUNTY, null, JINGXIU));
        assertEquals(List.of(), AllowedActions.of(CaseStatus.OPEN, "130607", RegionLevel.COUNTY, null, BAODING));
        assertEquals(List.of(), AllowedActions.of(CaseStatus.OPEN, "130607", RegionLevel.CITY, null, MANCHENG));
        assertEquals(7, AllowedActions.of(CaseStatus.OPEN, "130607", RegionLevel.CITY, null, BAODING).size());
        assertEquals(7, AllowedActions.of(CaseStatus.OPEN, "130607", RegionLevel.CITY, null,
                new AllowedActions.Caller("zhao.liu", "130600")).size(), "a six-digit city code is the city");
        assertEquals(List.of(), AllowedActions.of(CaseStatus.OPEN, "130607", RegionLevel.COUNTY, null,
                new AllowedActions.Caller("nobody", null)));
    }

    @Test
    void decidedCasesAllowNothing() {
        for (CaseStatus status : List.of(CaseStatus.RETURNED, CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.SUPERSEDED)) {
            assertEquals(List.of(), AllowedActions.of(status, "130607", RegionLevel.COUNTY, null, MANCHENG), status.name());
        }
    }
}
