package com.budgetperf.catalog.domain.library;

import java.util.List;

/**
 * A standard 三级 indicator as imported from the seeds: one per (level2, name); {@code aliases} are the other
 * spellings met in the seeds, {@code typicalValues} up to five raw 指标值, {@code seedRows} how many seed rows it
 * came from. {@code valueKind} is quantitative, qualitative or deadline; {@code direction} positive (≥) or
 * negative (≤) for quantitative values, else null.
 */
public record IndicatorTemplateDraft(String name, List<String> aliases, String level1, String level2,
        String valueKind, String unit, String direction, List<String> typicalValues, int seedRows,
        List<String> policyAreas, List<String> sources) {

    public IndicatorTemplateDraft {
        aliases = List.copyOf(aliases);
        typicalValues = List.copyOf(typicalValues);
        policyAreas = List.copyOf(policyAreas);
        sources = List.copyOf(sources);
    }
}
