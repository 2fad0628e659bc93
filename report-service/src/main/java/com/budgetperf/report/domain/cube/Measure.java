package com.budgetperf.report.domain.cube;

import java.util.Set;

/** A whitelisted measure: its name in the API, its Chinese label, its type and the grains it exists at. */
public record Measure(String name, String label, ValueType type, Set<Grain> grains) {

    public boolean availableAt(Grain grain) {
        return grains.contains(grain);
    }
}
