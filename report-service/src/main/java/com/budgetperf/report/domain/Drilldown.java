package com.budgetperf.report.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far a report breaks regions down: by city (地市, 4-digit prefix) or by county (区县, the full code). */
public enum Drilldown {
    CITY(4),
    COUNTY(6);

    private final int prefixLength;

    Drilldown(int prefixLength) {
        this.prefixLength = prefixLength;
    }

    /** Length of the region-code prefix rows are grouped by. */
    public int prefixLength() {
        return prefixLength;
    }

    /** {@code city} or {@code county}, case-insensitive; empty for anything else. */
    public static Optional<Drilldown> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String name = written.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(value -> value.name().equals(name)).findFirst();
    }
}
