package com.budgetperf.report.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.budgetperf.report.messaging.in.*;
import com.budgetperf.platform.testing.EventSchemas;

/** report-service reads every event it projects as the schemas of record in docs/events describe it. */
class EventSchemaTests {

    @Test
    void itReadsASubmittedVersionWithItsProjectsFindingsAndValues() {
        SubmissionSubmitted submitted = EventSchemas.exampleData(SubmissionSubmitted.TYPE, SubmissionSubmitted.class);
        assertEquals("130607", submitted.regionCode());
        assertEquals(0, new BigDecimal("1574").compareTo(submitted.document().projects().get(0).budget().total()));
        assertEquals("数量指标", submitted.document().projects().get(0).indicators().get(0).level2());
        assertEquals("WARNING", submitted.findings().get(0).severity());
        assertEquals("人", submitted.values().get(0).unit());
        assertEquals("built-in-1", submitted.ruleSetVersion());
    }

    @Test
    void itReadsAWithdrawalAndTheClosingOfItsCase() {
        SubmissionWithdrawn withdrawn = EventSchemas.exampleData(SubmissionWithdrawn.TYPE, SubmissionWithdrawn.class);
        assertEquals(1, withdrawn.version());
        assertEquals("county-130607", withdrawn.withdrawnBy());
        ReviewCaseClosed closed = EventSchemas.exampleData(ReviewCaseClosed.TYPE, ReviewCaseClosed.class);
        assertEquals(withdrawn.submissionId(), closed.submissionId());
        assertEquals(ReviewCaseClosed.WITHDRAWN, closed.reason());
        assertEquals(1, closed.submissionVersion());
    }

    @Test
    void itReadsTheAuditCheckpointItKeeps() {
        ReviewAuditCheckpoint checkpoint = EventSchemas.exampleData(ReviewAuditCheckpoint.TYPE, ReviewAuditCheckpoint.class);
        assertEquals(2, checkpoint.seq());
        assertEquals(64, checkpoint.digest().length());
        assertEquals(64, checkpoint.previousDigest().length());
        assertEquals(17, checkpoint.heads());
    }

    @Test
    void itReadsTheReviewEvents() {
        ReviewCaseOpened opened = EventSchemas.exampleData(ReviewCaseOpened.TYPE, ReviewCaseOpened.class);
        assertEquals("COUNTY_FINANCE", opened.stage());
        ReviewStageEntered entered = EventSchemas.exampleData(ReviewStageEntered.TYPE, ReviewStageEntered.class);
        assertEquals("CITY_FINANCE", entered.stage());
        ReviewDecided approved = EventSchemas.exampleData("budget.review.approved.v1", ReviewDecided.class);
        assertTrue(approved.finalApproval());
        assertEquals("良", approved.grade());
        assertEquals("中", EventSchemas.exampleData("budget.review.returned.v1", ReviewDecided.class).grade());
        assertEquals("差", EventSchemas.exampleData("budget.review.rejected.v1", ReviewDecided.class).grade());
    }
}
