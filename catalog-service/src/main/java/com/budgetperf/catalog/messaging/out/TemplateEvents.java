package com.budgetperf.catalog.messaging;

/**
 * Event types for indicator templates on topic {@code budget.catalog}, key = template id; data = the full
 * {@link com.budgetperf.catalog.domain.library.IndicatorTemplate} snapshot. The seed import emits none.
 */
public final class TemplateEvents {

    public static final String PUBLISHED = "budget.catalog.template.published.v1";
    public static final String RETIRED = "budget.catalog.template.retired.v1";

    private TemplateEvents() {
    }
}
