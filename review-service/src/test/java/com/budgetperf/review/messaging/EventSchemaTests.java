package com.budgetperf.review.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.review.messaging.in.*;
import com.budgetperf.review.messaging.out.*;
import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.testing.EventSchemas;

/** What review-service writes to budget.reviews matches docs/events, and it reads the submission events' examples. */
class EventSchemaTests {

    static final CloudEventCodec CODEC = new CloudEventCodec(EventSchemas.objectMapper());
    static final Instant NOW = Instant.parse("2026-03-03T08:00:00.5Z");
    static final UUID CASE = UUID.randomUUID();
    static final UUID SUBMISSION = UUID.randomUUID();

    /** The envelope exactly as Outbox.append writes it. */
    static String written(String type, Object data) {
        return CODEC.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/budget/review-service",
                type, NOW.atOffset(ZoneOffset.UTC), SUBMISSION.toString(), "application/json", CODEC.toTree(data)));
    }

    @Test
    void theReviewEventsItWritesMatchTheirSchemas() {
        EventSchemas.assertValid(written(ReviewCaseOpened.TYPE, new ReviewCaseOpened(CASE, SUBMISSION, 1, 2026, "130607",
                "356001", "满城区人力资源和社会保障局", "COUNTY_FINANCE", "OPEN", NOW)));
        EventSchemas.assertValid(written(StageEntered.TYPE, new StageEntered(CASE, SUBMISSION, 1, "CITY_FINANCE", NOW)));
        List<ReviewDecided.Comment> comments = List.of(new ReviewDecided.Comment("/projects/0/indicators/0", "请调高", "VALUE_TOO_LOW"));
        EventSchemas.assertValid(written(ReviewDecided.RETURNED,
                new ReviewDecided(CASE, SUBMISSION, 1, "COUNTY_FINANCE", "中", null, comments, "mancheng.reviewer", NOW)));
        EventSchemas.assertValid(written(ReviewDecided.APPROVED,
                new ReviewDecided(CASE, SUBMISSION, 1, "CITY_FINANCE", "优", true, List.of(), "baoding.reviewer", NOW)));
        EventSchemas.assertValid(written(ReviewCaseClosed.TYPE, new ReviewCaseClosed(CASE, SUBMISSION, 1, "COUNTY_FINANCE",
                ReviewCaseClosed.WITHDRAWN, "county-130607", NOW)));
        EventSchemas.assertValid(written(ReviewDecided.REJECTED,
                new ReviewDecided(CASE, SUBMISSION, 1, "COUNTY_FINANCE", null, null, comments, "mancheng.reviewer", NOW)));
    }

    @Test
    void theAuditCheckpointItPublishesMatchesItsSchema() {
        EventSchemas.assertValid(written(AuditCheckpointPublished.TYPE, new AuditCheckpointPublished(1, NOW, null,
                "0123456789abcdef".repeat(4), 3)));
        EventSchemas.assertValid(written(AuditCheckpointPublished.TYPE, new AuditCheckpointPublished(2, NOW,
                "0123456789abcdef".repeat(4), "fedcba9876543210".repeat(4), 4)));
    }

    @Test
    void itReadsTheSubmissionEventsAsTheirSchemasDescribeThem() {
        SubmissionSubmitted submitted = EventSchemas.exampleData(SubmissionSubmitted.TYPE, SubmissionSubmitted.class);
        assertEquals("130607", submitted.regionCode());
        assertEquals(1, submitted.version());
        assertEquals("就业补助资金", submitted.document().at("/projects/0/name").asText());
        assertEquals("VAGUE_WORDING", submitted.findings().get(0).ruleCode());
        assertEquals(95, submitted.qualityScore().intValue());
        SubmissionWithdrawn withdrawn = EventSchemas.exampleData(SubmissionWithdrawn.TYPE, SubmissionWithdrawn.class);
        assertEquals(submitted.submissionId(), withdrawn.submissionId());
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), withdrawn.withdrawnAt());
        CommentReplied reply = EventSchemas.exampleData(CommentReplied.TYPE, CommentReplied.class);
        assertEquals(submitted.submissionId(), reply.submissionId());
        assertEquals("130607", reply.regionCode());
        assertEquals(1, reply.submissionVersion());
        assertEquals("COUNTY_FINANCE", reply.comment().stage());
        assertEquals("/projects/0/indicators/1", reply.comment().path());
        assertEquals("指标值“较好”无法考核，请量化", reply.comment().text());
        assertEquals("已改为“补贴发放准确率≥98%”，见第 2 版", reply.text());
        assertEquals("mancheng.clerk", reply.repliedBy());
        assertEquals(Instant.parse("2026-03-04T08:00:00Z"), reply.repliedAt());
    }
}
