package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

import com.budgetperf.submission.domain.document.Indicator;

/**
 * Writes one 一级/二级/三级 indicator grid: the header row, a row per indicator with the 一级 and 二级 cells merged
 * over the rows that share them, the note row under it, and drop-down lists of the year's 一级/二级 names (a
 * warning, not a refusal: a name outside the framework is the machine review's to report).
 */
final class GridWriter {

    /** Extra rows under the grid the drop-down lists cover, for rows a clerk inserts. */
    private static final int ROOM = 60;

    private GridWriter() {
    }

    /**
     * Writes the grid from row {@code r}; {@code pointer} is the list's JSON pointer ("/projects/2/indicators"),
     * null for template rows that belong to no document. Returns the row after the note.
     */
    static int write(WrittenSheet sheet, int r, String pointer, List<Indicator> rows, FormLevels levels) {
        for (int c = 0; c < COLUMNS; c++) {
            sheet.text(r, c, GRID_HEADERS.get(c), sheet.styles.header);
        }
        int header = r;
        if (pointer != null) {
            sheet.place(pointer, header, LEVEL1);
        }
        int first = header + 1;
        for (int i = 0; i < rows.size(); i++) {
            Indicator row = rows.get(i) == null ? new Indicator(null, null, null, null, null, null, null) : rows.get(i);
            int at = first + i;
            String value = row.value() == null || row.value().isBlank() ? null : row.value().asWritten();
            String[] cells = { row.level1(), row.level2(), row.name(), row.description(), value, row.basis(), row.scoring() };
            for (int c = NAME; c < COLUMNS; c++) {
                sheet.text(at, c, cells[c], sheet.styles.text);
            }
            if (pointer != null) {
                String rowPointer = pointer + "/" + i;
                sheet.place(rowPointer, at, NAME);
                for (int c = NAME; c < COLUMNS; c++) {
                    sheet.place(rowPointer + "/" + GRID_FIELDS.get(c), at, c);
                }
            }
        }
        mergeRuns(sheet, first, pointer, rows, LEVEL1);
        mergeRuns(sheet, first, pointer, rows, LEVEL2);
        int end = first + rows.size();
        sheet.block(end, end, 0, COLUMNS - 1, NOTE, sheet.styles.note);
        sheet.sheet.getRow(end).setHeightInPoints(30f);
        validate(sheet, first, end + ROOM, LEVEL1, levels.level1Names());
        validate(sheet, first, end + ROOM, LEVEL2, levels.level2Names());
        return end + 1;
    }

    /** 一级 (or 二级 within the same 一级) cells of consecutive rows with the same name, merged into one block. */
    private static void mergeRuns(WrittenSheet sheet, int first, String pointer, List<Indicator> rows, int column) {
        int start = 0;
        while (start < rows.size()) {
            String name = level(rows.get(start), column);
            int end = start;
            while (name != null && end + 1 < rows.size() && name.equals(level(rows.get(end + 1), column))
                    && (column == LEVEL1 || Objects.equals(level(rows.get(start), LEVEL1), level(rows.get(end + 1), LEVEL1)))) {
                end++;
            }
            sheet.block(first + start, first + end, column, column, name, sheet.styles.text);
            if (pointer != null) {
                for (int i = start; i <= end; i++) {
                    sheet.place(pointer + "/" + i + "/" + GRID_FIELDS.get(column), first + start, column);
                }
            }
            start = end + 1;
        }
    }

    private static String level(Indicator row, int column) {
        if (row == null) {
            return null;
        }
        String name = column == LEVEL1 ? row.level1() : row.level2();
        return name == null || name.isEmpty() ? null : name;
    }

    private static void validate(WrittenSheet sheet, int first, int last, int column, List<String> names) {
        String joined = String.join(",", names);
        if (names.isEmpty() || joined.length() > 250 || joined.contains("\"")) {
            return;   // Excel's in-cell lists hold 255 characters
        }
        DataValidationHelper helper = sheet.sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(names.toArray(String[]::new)),
                new CellRangeAddressList(first, last, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.createErrorBox(GRID_HEADERS.get(column), "不在本年度指标框架中，机审会提示；请从下拉列表中选择");
        validation.setEmptyCellAllowed(true);
        sheet.sheet.addValidationData(validation);
    }
}
