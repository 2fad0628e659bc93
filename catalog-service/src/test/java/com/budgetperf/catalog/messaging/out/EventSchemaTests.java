package com.budgetperf.catalog.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.testing.EventSchemas;

/** What the catalog writes to budget.catalog is what docs/events says (the producer side of each schema). */
class EventSchemaTests {

    static final CloudEventCodec CODEC = new CloudEventCodec(EventSchemas.objectMapper());
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00.123456Z");

    /** The envelope exactly as Outbox.append writes it. */
    static String written(String type, String subject, Object data) {
        return CODEC.write(new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/budget/catalog-service",
                type, NOW.atOffset(ZoneOffset.UTC), subject, "application/json", CODEC.toTree(data)));
    }

    @Test
    void frameworkPublished() {
        EventSchemas.assertValid(written(FrameworkPublished.TYPE, "hebei-2021", new FrameworkPublished("hebei-2021",
                "河北省项目支出绩效指标框架", List.of(new FrameworkPublished.Level1("产出指标", List.of(),
                        List.of(new FrameworkPublished.Level2("时效指标", List.of("进度指标"))))), NOW, "hebei.catalog")));
    }

    @Test
    void ruleSetPublished() {
        EventSchemas.assertValid(written(RuleSetPublished.TYPE, "rs-2026-1", new RuleSetPublished("rs-2026-1", 2026,
                Map.of("FUNDING_SUM_MISMATCH", new RuleSetPublished.Setting(true, "WARNING"), "MISSING_LEVEL1", new RuleSetPublished.Setting(false, null)),
                Map.of("vague", List.of("进一步")), Map.of("warningPenalty", new BigDecimal("5")), Map.of("进度指标", "时效指标"),
                NOW, "hebei.catalog")));
    }

    @Test
    void fiscalYearFrameworkAssigned() {
        EventSchemas.assertValid(written(FiscalYearFrameworkAssigned.TYPE, "2026",
                new FiscalYearFrameworkAssigned(2026, "hebei-2021", NOW)));
    }

    @Test
    void templatePublishedAndRetired() {
        TemplateEvents.Template template = new TemplateEvents.Template(UUID.randomUUID(), "培训合格率", List.of("培训考核合格率"), "产出指标",
                "质量指标", "quantitative", "%", "positive", List.of(">=95%"), List.of("社会保障和就业"), 0, null, "ACTIVE", NOW);
        EventSchemas.assertValid(written(TemplateEvents.PUBLISHED, template.id().toString(), template));
        EventSchemas.assertValid(written(TemplateEvents.RETIRED, template.id().toString(), template));
    }

}
