package com.budgetperf.catalog.mapping;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.budgetperf.catalog.domain.library.IndicatorTemplate;
import com.budgetperf.catalog.domain.library.IndicatorTemplateDraft;
import com.budgetperf.catalog.messaging.out.TemplateEvents;
import com.budgetperf.catalog.repository.IndicatorTemplateEntity;

public final class IndicatorTemplateMapper {

    private IndicatorTemplateMapper() {
    }

    /** Stable id of a template: the same (二级, name) gets the same id in every database. */
    public static UUID idOf(String level2, String name) {
        return UUID.nameUUIDFromBytes(("indicator-template:" + level2 + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static IndicatorTemplate toDomain(IndicatorTemplateEntity entity) {
        return new IndicatorTemplate(entity.id, entity.name, entity.aliases, entity.level1, entity.level2,
                entity.valueKind, entity.unit, entity.direction, entity.typicalValues, entity.policyAreas,
                entity.seedRows, entity.source, entity.status, entity.createdAt);
    }

    public static IndicatorTemplateEntity newEntity(IndicatorTemplateDraft draft, Instant now) {
        IndicatorTemplateEntity entity = new IndicatorTemplateEntity();
        entity.id = idOf(draft.level2(), draft.name());
        entity.createdAt = now;
        entity.status = "ACTIVE";
        apply(draft, entity);
        return entity;
    }

    /** What the seeds say of a template as a row of indicator_template (column names as keys, no status or created_at). */
    public static Map<String, Object> toSeedRow(IndicatorTemplateDraft draft) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", idOf(draft.level2(), draft.name()));
        row.put("name", draft.name());
        row.put("aliases", draft.aliases());
        row.put("level1", draft.level1());
        row.put("level2", draft.level2());
        row.put("value_kind", draft.valueKind());
        row.put("unit", draft.unit());
        row.put("direction", draft.direction());
        row.put("typical_values", draft.typicalValues());
        row.put("policy_area", draft.policyAreas());
        row.put("seed_rows", draft.seedRows());
        row.put("source", source(draft));
        return row;
    }

    private static String source(IndicatorTemplateDraft draft) {
        return String.join(",", draft.sources().stream().map(source -> "seed:" + source).toList());
    }

    /** Copies what the seeds say onto an entity (name and 二级 are its identity and stay). */
    public static void apply(IndicatorTemplateDraft draft, IndicatorTemplateEntity entity) {
        entity.name = draft.name();
        entity.level2 = draft.level2();
        entity.level1 = draft.level1();
        entity.aliases = draft.aliases();
        entity.valueKind = draft.valueKind();
        entity.unit = draft.unit();
        entity.direction = draft.direction();
        entity.typicalValues = draft.typicalValues();
        entity.policyAreas = draft.policyAreas();
        entity.seedRows = draft.seedRows();
        entity.source = source(draft);
    }

    public static TemplateEvents.Template toEvent(IndicatorTemplate template) {
        return new TemplateEvents.Template(template.id(), template.name(), template.aliases(), template.level1(),
                template.level2(), template.valueKind(), template.unit(), template.direction(), template.typicalValues(),
                template.policyAreas(), template.seedRows(), template.source(), template.status(), template.createdAt());
    }
}
