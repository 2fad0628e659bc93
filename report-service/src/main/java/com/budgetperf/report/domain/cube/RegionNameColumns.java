package com.budgetperf.report.domain.cube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.budgetperf.platform.region.RegionCode;

/**
 * Names beside codes: after every region column of an answer (a {@code region_*} drilldown, the facts'
 * {@code region_code}) a column with the region's official name ({@link RegionCode#label()}: 满城区, 保定市), so that
 * JSON, CSV, XLSX and data packages show names and keep the codes in their own column.
 */
public final class RegionNameColumns {

    /** Region column key → the key and Chinese header of its name column. */
    private static final Map<String, Column> NAMES = Map.of(
            "region_province", new Column("region_province_name", "省名称", ValueType.TEXT),
            "region_city", new Column("region_city_name", "地市名称", ValueType.TEXT),
            "region_county", new Column("region_county_name", "区县名称", ValueType.TEXT),
            "region_code", new Column("region_name", "行政区划名称", ValueType.TEXT));

    private RegionNameColumns() {
    }

    /** The key of the name column beside a region column, or null when {@code key} is not a region column. */
    public static String nameKey(String key) {
        Column name = NAMES.get(key);
        return name == null ? null : name.key();
    }

    public static CubeTable add(CubeTable table) {
        List<Integer> regionColumns = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            columns.add(column);
            if (NAMES.containsKey(column.key())) {
                columns.add(NAMES.get(column.key()));
                regionColumns.add(c);
            }
        }
        if (regionColumns.isEmpty()) {
            return table;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> named = new ArrayList<>(row.size() + regionColumns.size());
            for (int c = 0; c < row.size(); c++) {
                named.add(row.get(c));
                if (regionColumns.contains(c)) {
                    named.add(row.get(c) == null ? null : RegionCode.labelOf(row.get(c).toString()));
                }
            }
            rows.add(java.util.Collections.unmodifiableList(named));
        }
        return new CubeTable(List.copyOf(columns), List.copyOf(rows), table.summary(), table.totalRows(), table.page(),
                table.size(), table.includesEventsUpTo());
    }
}
