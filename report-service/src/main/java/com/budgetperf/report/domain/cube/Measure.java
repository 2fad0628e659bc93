package com.budgetperf.report.domain.cube;

import java.util.Map;
import java.util.Optional;

/** A whitelisted measure: its name in the API, its Chinese label, and one SQL aggregate per grain it exists at. */
public record Measure(String name, String label, ValueType type, Map<Grain, String> sqlByGrain) {

    public Optional<String> sql(Grain grain) {
        return Optional.ofNullable(sqlByGrain.get(grain));
    }
}
