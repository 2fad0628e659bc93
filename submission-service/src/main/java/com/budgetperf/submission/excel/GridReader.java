package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;

/**
 * Reads an indicator grid back: columns found by their header words (a moved or added column does not matter;
 * 一级, 二级, 三级 and 指标值 are required), one indicator per row down to the note row ("注：…") or the sheet's
 * end. A merged 一级/二级 block counts for every row it covers; a filled row with an empty 一级 continues the 一级 above
 * (as the printed form is read). Blank rows between filled rows are kept as blank rows (the machine review reports
 * them); blank rows after the last filled row, such as the pre-printed rows of a blank table, are not rows.
 */
final class GridReader {

    private GridReader() {
    }

    /**
     * The rows under the header at {@code header}, with their places under {@code pointer}
     * ("/projects/2/indicators"); null (and a problem) when the header lacks a required column.
     */
    static List<Indicator> read(SheetCells cells, int header, String pointer, FormPlaces places) {
        int[] columns = new int[COLUMNS];
        Arrays.fill(columns, -1);
        for (int c = 0; c < SheetCells.SCAN_COLUMNS; c++) {
            Integer column = GRID_LABELS.get(cells.label(header, c));
            if (column != null && columns[column] < 0 && cells.originColumn(header, c) == c) {
                columns[column] = c;
            }
        }
        for (int required : new int[] { LEVEL1, LEVEL2, NAME, VALUE }) {
            if (columns[required] < 0) {
                cells.problem(header, required, "指标表表头缺少“" + GRID_HEADERS.get(required) + "”列，请勿删除或改写表头");
                return null;
            }
        }
        List<Indicator> rows = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        int lastFilled = -1;
        String level1Above = null;
        for (int r = header + 1; r <= cells.lastRow(); r++) {
            String first = cells.text(r, 0);
            if (first != null && (first.startsWith("注：") || first.startsWith("注:"))) {
                break;
            }
            String[] values = new String[COLUMNS];
            for (int c = 0; c < COLUMNS; c++) {
                values[c] = columns[c] < 0 ? null : cells.text(r, columns[c]);
            }
            boolean blank = values[NAME] == null && values[DESCRIPTION] == null && values[VALUE] == null
                    && values[BASIS] == null && values[SCORING] == null;
            int level1Row = cells.originRow(r, columns[LEVEL1]);
            if (!blank && values[LEVEL1] == null && level1Above != null) {
                values[LEVEL1] = level1Above;
                level1Row = -1;
            }
            if (!blank) {
                level1Above = values[LEVEL1] != null ? values[LEVEL1] : level1Above;
                lastFilled = rows.size();
            }
            rows.add(new Indicator(values[LEVEL1], values[LEVEL2], values[NAME], values[DESCRIPTION],
                    values[VALUE] == null ? null : IndicatorValue.of(values[VALUE]), values[BASIS], values[SCORING]));
            at.add(new int[] { r, level1Row });
        }
        List<Indicator> kept = new ArrayList<>(rows.subList(0, lastFilled + 1));
        for (int i = 0; i < kept.size(); i++) {
            int r = at.get(i)[0];
            String rowPointer = pointer + "/" + i;
            places.put(rowPointer, cells.name(), r, columns[NAME]);
            for (int c = 0; c < COLUMNS; c++) {
                if (columns[c] >= 0) {
                    int row = c == LEVEL1 && at.get(i)[1] < 0 ? firstOfRun(at, i, cells, columns[LEVEL1])
                            : cells.originRow(r, columns[c]);
                    places.put(rowPointer + "/" + GRID_FIELDS.get(c), cells.name(), row, cells.originColumn(r, columns[c]));
                }
            }
        }
        places.put(pointer, cells.name(), header, columns[LEVEL1]);
        return kept;
    }

    /** For a row whose 一级 was carried down: the row above where that 一级 is written. */
    private static int firstOfRun(List<int[]> at, int i, SheetCells cells, int column) {
        for (int k = i - 1; k >= 0; k--) {
            if (at.get(k)[1] >= 0 && cells.text(at.get(k)[0], column) != null) {
                return at.get(k)[1];
            }
        }
        return at.get(i)[0];
    }
}
