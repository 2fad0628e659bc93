package com.budgetperf.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class SubmissionStatusTests {

    @Test
    void theCountyHoldsThePenAsADraftAfterAReturnOrAfterAWithdrawal() {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            boolean countyHoldsPen = EnumSet.of(SubmissionStatus.DRAFT, SubmissionStatus.RETURNED).contains(status);
            assertEquals(countyHoldsPen || status == SubmissionStatus.WITHDRAWN, status.acceptsNewVersion(), status.name());
            assertEquals(countyHoldsPen, status.maySubmit(), status.name());
        }
        assertFalse(SubmissionStatus.IN_REVIEW.maySubmit());
        assertTrue(SubmissionStatus.RETURNED.maySubmit());
        assertFalse(SubmissionStatus.WITHDRAWN.maySubmit(), "a withdrawn submission is filed again with a new version");
    }

    @Test
    void aNewVersionFilesAWithdrawnSubmissionAgainAsADraft() {
        assertEquals(SubmissionStatus.DRAFT, SubmissionStatus.WITHDRAWN.afterNewVersion());
        assertEquals(SubmissionStatus.RETURNED, SubmissionStatus.RETURNED.afterNewVersion());
        assertEquals(SubmissionStatus.DRAFT, SubmissionStatus.DRAFT.afterNewVersion());
    }

    @Test
    void onlyAVersionInTheReviewersHandsTakesReviewOutcomes() {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertEquals(status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.IN_REVIEW,
                    status.takesReviewOutcomes(), status.name());
        }
    }

    @Test
    void everyStatusHasAChineseLabel() {
        assertEquals("已退回", SubmissionStatus.RETURNED.label());
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertTrue(status.label().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }

    @Test
    void onlyWhatNoReviewerHasStartedOnMayBeWithdrawn() {
        assertTrue(SubmissionStatus.DRAFT.mayWithdraw());
        assertTrue(SubmissionStatus.SUBMITTED.mayWithdraw());
        assertTrue(SubmissionStatus.RETURNED.mayWithdraw());
        assertFalse(SubmissionStatus.IN_REVIEW.mayWithdraw());
        assertFalse(SubmissionStatus.APPROVED.mayWithdraw());
        assertFalse(SubmissionStatus.WITHDRAWN.mayWithdraw());
    }

    @Test
    void regionsOutsideTheProvinceOrUnknownAreNamed() {
        assertTrue(Regions.problemWithCounty("130607").isEmpty());
        assertTrue(Regions.problemWithCounty("130871").isEmpty());
        assertTrue(Regions.problemWithCounty("139001").isEmpty());
        assertTrue(Regions.problemWithCounty("110101").orElseThrow().contains("不属于河北省"));
        assertTrue(Regions.problemWithCounty("139901").orElseThrow().contains("1399"));
        assertTrue(Regions.problemWithCounty("130600").orElseThrow().contains("地市本级"));
        assertTrue(Regions.problemWithCounty("1306").orElseThrow().contains("6 位"));
        assertTrue(Regions.problemWithCounty("130000").orElseThrow().contains("1300"));
        assertTrue(Regions.problemWithCounty("130007").orElseThrow().contains("缺少地市部分"));
    }
}
