package com.budgetperf.catalog.messaging.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event types for indicator templates on topic {@code budget.catalog}, key = template id; data = a full
 * {@link Template} snapshot (the event's own record). The seed import emits none.
 */
public final class TemplateEvents {

    public static final String PUBLISHED = "budget.catalog.template.published.v1";
    public static final String RETIRED = "budget.catalog.template.retired.v1";

    /** An indicator template (三级指标模板) as published. */
    public record Template(UUID id, String name, List<String> aliases, String level1, String level2,
            String valueKind, String unit, String direction, List<String> typicalValues, List<String> policyAreas,
            int seedRows, String source, String status, Instant createdAt) {
    }

    private TemplateEvents() {
    }
}
