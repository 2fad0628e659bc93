package com.budgetperf.report.domain.cube;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An answer of the cube: columns (drilldown dimensions then measures, or fact columns), one row of typed values
 * per cell (Long, BigDecimal at the column's scale, String, Boolean, null), the measures over all cells
 * ({@code summary}, empty for facts), the count of all rows and the freshness of the figures.
 */
public record CubeTable(List<Column> columns, List<List<Object>> rows, Map<String, Object> summary, long totalRows,
        int page, int size, Instant includesEventsUpTo) {
}
