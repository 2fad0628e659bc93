package com.budgetperf.report.domain.cube;

import java.math.BigDecimal;
import java.util.List;

/** What a bar chart shows: a Chinese title, the unit of the values, and one bar per label. */
public record BarChart(String title, String unit, List<Bar> bars) {

    public record Bar(String label, BigDecimal value) {
    }

    public BigDecimal max() {
        return bars.stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
