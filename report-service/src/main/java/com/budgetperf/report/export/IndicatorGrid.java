package com.budgetperf.report.export;

import java.util.List;
import java.util.Objects;

import com.budgetperf.report.domain.Disclosure.IndicatorRow;

/**
 * The merged cells of an indicator grid as the published tables draw them: a 一级指标 cell spans the rows that
 * follow it with the same 一级, a 二级指标 cell the rows with the same 一级 and 二级. Blank names never merge.
 */
final class IndicatorGrid {

    /** Column titles of the grid, in the order of the published forms; the 评（扣）分标准 column only when scored. */
    static final List<String> HEADERS = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
    static final String SCORING = "评（扣）分标准";

    private IndicatorGrid() {
    }

    /** How many rows the 一级 cell starting at {@code r} spans; 0 when row {@code r} is covered by the one above. */
    static int level1Span(List<IndicatorRow> rows, int r) {
        return span(rows, r, false);
    }

    /** How many rows the 二级 cell starting at {@code r} spans; 0 when covered by the one above. */
    static int level2Span(List<IndicatorRow> rows, int r) {
        return span(rows, r, true);
    }

    /** The row's cells after 一级/二级: 三级指标, 描述, 指标值, 依据, and 评（扣）分标准 when {@code scored}. */
    static List<String> cells(IndicatorRow row, boolean scored) {
        return scored
                ? java.util.Arrays.asList(row.name(), row.description(), row.value(), row.basis(), row.scoring())
                : java.util.Arrays.asList(row.name(), row.description(), row.value(), row.basis());
    }

    private static int span(List<IndicatorRow> rows, int r, boolean level2) {
        if (r > 0 && same(rows.get(r - 1), rows.get(r), level2)) {
            return 0;
        }
        int end = r + 1;
        while (end < rows.size() && same(rows.get(end - 1), rows.get(end), level2)) {
            end++;
        }
        return end - r;
    }

    private static boolean same(IndicatorRow above, IndicatorRow below, boolean level2) {
        boolean level1 = !blank(below.level1()) && Objects.equals(above.level1(), below.level1());
        return level2 ? level1 && !blank(below.level2()) && Objects.equals(above.level2(), below.level2()) : level1;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A share of 资金支出计划 as the forms print it: 25.00%. */
    static String percent(java.math.BigDecimal share) {
        return share == null ? "" : share.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
