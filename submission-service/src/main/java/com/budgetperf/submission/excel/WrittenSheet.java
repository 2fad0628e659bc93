package com.budgetperf.submission.excel;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of the form being written: cells with their styles (a merged block is styled cell by cell so its
 * borders print), row heights for wrapped text, print setup, and the places of what it holds.
 */
final class WrittenSheet {

    /** Points per text line; Excel's default row height. */
    private static final float LINE = 15f;

    final Sheet sheet;
    final FormStyles styles;
    final FormPlaces places;

    WrittenSheet(Sheet sheet, FormStyles styles, FormPlaces places) {
        this.sheet = sheet;
        this.styles = styles;
        this.places = places;
        for (int c = 0; c < FormLayout.COLUMNS; c++) {
            sheet.setColumnWidth(c, FormLayout.GRID_WIDTHS[c] * 256);
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    Cell cell(int r, int c, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    void text(int r, int c, String value, CellStyle style) {
        Cell cell = cell(r, c, style);
        if (value != null) {
            cell.setCellValue(value);
        }
        fit(r, value, FormLayout.GRID_WIDTHS[c]);
    }

    /** A block from (r1, c1) to (r2, c2) showing {@code value}; merged when larger than one cell. */
    void block(int r1, int r2, int c1, int c2, String value, CellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(r, c, style);
            }
        }
        if (value != null) {
            cell(r1, c1, style).setCellValue(value);
        }
        if (r1 != r2 || c1 != c2) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
        if (r1 == r2) {
            int width = 0;
            for (int c = c1; c <= c2; c++) {
                width += FormLayout.GRID_WIDTHS[c];
            }
            fit(r1, value, width);
        }
    }

    void amount(int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = cell(r, c, style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    void place(String pointer, int r, int c) {
        places.put(pointer, name(), r, c);
    }

    /** Raises the row so that {@code text} wrapped in {@code widthChars} shows whole (a CJK character is two wide). */
    private void fit(int r, String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int width = 0;
            for (int i = 0; i < line.length(); i++) {
                width += line.charAt(i) < 0x2E80 ? 1 : 2;
            }
            lines += Math.max(1, (width + widthChars - 2) / Math.max(1, widthChars - 1));
        }
        Row row = sheet.getRow(r);
        float height = Math.min(409f, Math.max(LINE, lines * LINE));
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    /** A4 landscape, one page wide, {@code repeatRow} (the grid's header) on every page; -1 for none. */
    void printSetup(int repeatRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        if (repeatRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatRow, repeatRow, -1, -1));
        }
    }
}
