package com.budgetperf.submission.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.submission.messaging.in.*;
import com.budgetperf.submission.messaging.out.*;
import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.testing.EventSchemas;

/**
 * What submission-service writes to budget.submissions matches docs/events (SubmissionIntake's events, through the
 * Outbox's codec), and it reads the catalog's and review-service's events from their examples.
 */
class EventSchemaTests {

    static final CloudEventCodec CODEC = new CloudEventCodec(EventSchemas.objectMapper());
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00.25Z");
    static final UUID SUBMISSION = UUID.randomUUID();

    /** The envelope exactly as Outbox.append writes it. */
    static String written(String type, Object data) {
        return CODEC.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/budget/submission-service", type, NOW.atOffset(ZoneOffset.UTC), SUBMISSION.toString(), "application/json",
                CODEC.toTree(data)));
    }

    @Test
    void theSubmissionEventsItWritesMatchTheirSchemas() {
        EventSchemas.assertValid(written(SubmissionSubmitted.TYPE, new SubmissionSubmitted(SUBMISSION, 2026, "130607",
                "356001", "满城区人力资源和社会保障局", 2, "SUBMITTED", NOW, "county-130607", "{\"overallGoal\":\"稳就业\",\"projects\":[]}",
                List.of(new SubmissionSubmitted.Value("/projects/0/indicators/0", "新增就业人数", "≥1700人", "QUANTITATIVE", "GE",
                        new BigDecimal("1700"), "人", null, "COUNT", null),
                        new SubmissionSubmitted.Value("/projects/0/indicators/1", "服务对象满意度", "满意", "QUALITATIVE", null,
                                null, null, null, null, null),
                        new SubmissionSubmitted.Value("/projects/0/indicators/2", "完成时限", "2026年12月底前", "DEADLINE",
                                null, null, null, null, "TIME", "2026-12-31")),
                List.of(new SubmissionSubmitted.Finding("VAGUE_WORDING", "WARNING", "/projects/0/goals/0", "请写明可衡量的结果",
                        "RELEVANCE", "指标值表述模糊")),
                95, "优", "built-in-1", Map.of("COMPLETENESS", 100, "RELEVANCE", 95, "APPROPRIATENESS", 100,
                        "FEASIBILITY", 100))));
        EventSchemas.assertValid(written(SubmissionSubmitted.TYPE, new SubmissionSubmitted(SUBMISSION, 2026, "130607",
                "356001", "满城区人力资源和社会保障局", 1, "SUBMITTED", NOW, "county-130607", "{\"projects\":[]}", List.of(),
                List.of(new SubmissionSubmitted.Finding("VAGUE_WORDING", "WARNING", "/projects/0/goals/0", "请写明可衡量的结果",
                        null, null)),
                95, "优", "built-in-1", null)));
        EventSchemas.assertValid(written(SubmissionWithdrawn.TYPE,
                new SubmissionWithdrawn(SUBMISSION, 2026, "130607", "356001", 2, NOW, "county-130607")));
        EventSchemas.assertValid(written(CommentReplied.TYPE, new CommentReplied(UUID.randomUUID(), SUBMISSION, 2026,
                "130607", "356001", 2, new CommentReplied.Comment("COUNTY_FINANCE", "/projects/0/indicators/1",
                        "指标值“较好”无法考核，请量化"), "已改为≥98%", "mancheng.clerk", NOW)));
        EventSchemas.assertValid(written(CommentReplied.TYPE, new CommentReplied(UUID.randomUUID(), SUBMISSION, 2026,
                "130607", "356001", 1, new CommentReplied.Comment(null, "", "请补充部门整体目标"), "已补充",
                "mancheng.clerk", NOW)));
        assertFalse(EventSchemas.problems(written(CommentReplied.TYPE, new CommentReplied(UUID.randomUUID(), SUBMISSION,
                2026, "130607", "356001", 1, new CommentReplied.Comment(null, "", "请补充"), "", "mancheng.clerk", NOW)))
                .isEmpty(), "an empty reply is not a reply");
    }

    @Test
    void itReadsTheCatalogEvents() {
        FrameworkPublishedData framework = EventSchemas.exampleData(FrameworkPublishedData.TYPE, FrameworkPublishedData.class);
        assertEquals("hebei-2021", framework.code());
        assertEquals("进度指标", framework.levels().at("/0/children/1/synonyms/0").asText());
        RuleSetPublishedData ruleSet = EventSchemas.exampleData(RuleSetPublishedData.TYPE, RuleSetPublishedData.class);
        assertEquals(2026, ruleSet.fiscalYear());
        assertEquals("WARNING", ruleSet.settings().get("FUNDING_SUM_MISMATCH").severity());
        assertEquals(0, new BigDecimal("5").compareTo(ruleSet.thresholds().get("warningPenalty")));
        FiscalYearFrameworkData year = EventSchemas.exampleData(FiscalYearFrameworkData.TYPE, FiscalYearFrameworkData.class);
        assertEquals(2026, year.fiscalYear());
        assertEquals("hebei-2021", year.frameworkCode());
    }

    @Test
    void itReadsTheReviewEvents() {
        ReviewDecisionData opened = EventSchemas.exampleData(ReviewDecisionData.CASE_OPENED, ReviewDecisionData.class);
        assertEquals(1, opened.submissionVersion());
        ReviewDecisionData returned = EventSchemas.exampleData(ReviewDecisionData.RETURNED, ReviewDecisionData.class);
        assertEquals("/projects/0/indicators/0", returned.comments().get(0).path());
        assertEquals("VALUE_TOO_LOW", returned.comments().get(0).reason());
        assertEquals(Boolean.TRUE, EventSchemas.exampleData(ReviewDecisionData.APPROVED, ReviewDecisionData.class)
                .finalApproval());
        assertEquals("差", EventSchemas.exampleData(ReviewDecisionData.REJECTED, ReviewDecisionData.class).grade());
    }
}
