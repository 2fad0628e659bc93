package com.budgetperf.submission.excel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

import com.budgetperf.submission.domain.parse.FullWidthText;

/**
 * The cells of one uploaded sheet as reading needs them: a cell inside a merged block reads as the block's
 * top-left cell, text is stripped of surrounding spaces, numbers are exact decimals (numeric cells through Excel's
 * own 15-digit text, text cells after full-width digits, separators, 万元 and % are taken out), and every cell has
 * its reference ("项目1 …!C5") for problems. A cell that is not a number where one is needed becomes a
 * {@link CellProblem}.
 */
final class SheetCells {

    /** Columns searched for labels; the form is seven wide, a clerk may add a few. */
    static final int SCAN_COLUMNS = 12;
    /** Merged cells a sheet may hold (the form of 300 projects holds a few thousand); more is no form. */
    static final int MAX_MERGED_CELLS = 200_000;

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    final Sheet sheet;
    private final List<CellProblem> problems;
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();

    SheetCells(Sheet sheet, List<CellProblem> problems) {
        this.sheet = sheet;
        this.problems = problems;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if ((long) region.getNumberOfCells() > 2_000) {
                continue;   // a block this large is no part of the form; its top-left still reads
            }
            if (merged.size() + region.getNumberOfCells() > MAX_MERGED_CELLS) {
                problems.add(new CellProblem(sheet.getSheetName() + "!A1", "工作表“" + sheet.getSheetName()
                        + "”的合并单元格过多（最多 " + MAX_MERGED_CELLS + " 个），请取消多余的合并"));
                break;
            }
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
    }

    String name() {
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
    }

    private static long key(int r, int c) {
        return ((long) r << 16) | c;
    }

    /** The merged block holding (r, c), or null. */
    CellRangeAddress region(int r, int c) {
        return merged.get(key(r, c));
    }

    /** The row of the cell that shows (r, c): the top of its merged block. */
    int originRow(int r, int c) {
        CellRangeAddress region = region(r, c);
        return region == null ? r : region.getFirstRow();
    }

    int originColumn(int r, int c) {
        CellRangeAddress region = region(r, c);
        return region == null ? c : region.getFirstColumn();
    }

    /** The first column right of the block holding (r, c). */
    int nextColumn(int r, int c) {
        CellRangeAddress region = region(r, c);
        return region == null ? c + 1 : region.getLastColumn() + 1;
    }

    private Cell cell(int r, int c) {
        Row row = sheet.getRow(originRow(r, c));
        return row == null ? null : row.getCell(originColumn(r, c));
    }

    /** The cell as the clerk sees it, stripped; null when empty. */
    String text(int r, int c) {
        Cell cell = cell(r, c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
        if (value == null) {
            return null;
        }
        String stripped = value.replace('\u00A0', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The label of (r, c) as reading compares labels. */
    String label(int r, int c) {
        return FormLayout.label(text(r, c));
    }

    /** A code or year as typed: full-width digits made plain, all spaces removed. */
    String code(int r, int c) {
        String text = text(r, c);
        return text == null ? null : FullWidthText.normalise(text).replaceAll("\\s+", "");
    }

    /**
     * An exact decimal: numeric cells through Excel's own 15-digit text of the stored double (never double
     * arithmetic; a cell formatted as % is multiplied by 100), text cells parsed after full-width digits,
     * separators, "万元" and "%" are taken out.
     */
    BigDecimal number(int r, int c, String message) {
        Cell cell = cell(r, c);
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            BigDecimal value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            String format = cell.getCellStyle().getDataFormatString();
            if (format != null && format.contains("%")) {
                value = value.movePointRight(2);
            }
            return plain(value);
        }
        String text = text(r, c);
        if (text == null) {
            return null;
        }
        String cleaned = FullWidthText.normalise(text).replaceAll("[\\s,，]", "").replace("万元", "").replace("%", "");
        try {
            return plain(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            problems.add(new CellProblem(ref(r, c), message + "，实际为“" + text + "”"));
            return null;
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** "项目1 就业补助资金!C5" for the cell showing (r, c). */
    String ref(int r, int c) {
        return name() + "!" + cellName(r, c);
    }

    /** "C5" for the cell showing (r, c). */
    String cellName(int r, int c) {
        return new CellReference(originRow(r, c), originColumn(r, c)).formatAsString(false);
    }

    void problem(int r, int c, String message) {
        problems.add(new CellProblem(ref(r, c), message));
    }

    /** The first cell from row {@code from} to {@code to} (inclusive) whose label is {@code label}: {row, column}. */
    int[] find(String label, int from, int to) {
        for (int r = Math.max(0, from); r <= Math.min(to, lastRow()); r++) {
            if (sheet.getRow(r) == null) {
                continue;
            }
            for (int c = 0; c < SCAN_COLUMNS; c++) {
                if (originColumn(r, c) == c && originRow(r, c) == r && label.equals(label(r, c))) {
                    return new int[] { r, c };
                }
            }
        }
        return null;
    }

    /** The row of the grid's header (cells 一级指标 and 三级指标) from {@code from}, or -1. */
    int gridHeader(int from) {
        for (int r = Math.max(0, from); r <= lastRow(); r++) {
            if (sheet.getRow(r) == null) {
                continue;
            }
            boolean level1 = false;
            boolean name = false;
            for (int c = 0; c < SCAN_COLUMNS; c++) {
                String label = label(r, c);
                level1 |= label.equals("一级指标");
                name |= label.equals("三级指标");
            }
            if (level1 && name) {
                return r;
            }
        }
        return -1;
    }
}
