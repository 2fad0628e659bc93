package com.budgetperf.submission.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class SubmissionStatusTests {

    @Test
    void theCountyHoldsThePenOnlyAsADraftOrAfterAReturn() {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            boolean countyHoldsPen = EnumSet.of(SubmissionStatus.DRAFT, SubmissionStatus.RETURNED).contains(status);
            assertEquals(countyHoldsPen, status.acceptsNewVersion(), status.name());
            assertEquals(countyHoldsPen, status.maySubmit(), status.name());
        }
        assertFalse(SubmissionStatus.IN_REVIEW.maySubmit());
        assertTrue(SubmissionStatus.RETURNED.maySubmit());
    }

    @Test
    void everyStatusHasAChineseLabel() {
        assertEquals("已退回", SubmissionStatus.RETURNED.label());
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertTrue(status.label().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        }
    }
}
