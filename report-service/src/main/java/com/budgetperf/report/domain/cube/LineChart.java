package com.budgetperf.report.domain.cube;

import java.time.LocalDate;
import java.util.List;

/**
 * What a line chart over days shows: a Chinese title, the unit, the days (ascending, one point per day on
 * which something happened) and one series of values per day for each line.
 */
public record LineChart(String title, String unit, List<LocalDate> days, List<Series> series) {

    public record Series(String name, String colour, List<Long> values) {
    }

    public long max() {
        return series.stream().flatMap(line -> line.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }
}
