package com.budgetperf.report.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.budgetperf.platform.region.RegionLevel;

/** How far a report breaks regions down: by city (地市, its 4-digit prefix) or by county (区县, the full code). */
public enum Drilldown {
    CITY(RegionLevel.CITY),
    COUNTY(RegionLevel.COUNTY);

    private final RegionLevel level;

    Drilldown(RegionLevel level) {
        this.level = level;
    }

    /** Length of the region-code prefix rows are grouped by ({@link RegionLevel#prefixLength()}). */
    public int prefixLength() {
        return level.prefixLength();
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
