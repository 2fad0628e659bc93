package com.budgetperf.catalog.domain.library;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored standard 三级 indicator (指标模板) of the library. */
public record IndicatorTemplate(UUID id, String name, List<String> aliases, String level1, String level2,
        String valueKind, String unit, String direction, List<String> typicalValues, List<String> policyAreas,
        int seedRows, String source, String status, Instant createdAt) {
}
