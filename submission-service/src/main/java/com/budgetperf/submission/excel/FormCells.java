package com.budgetperf.submission.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

import com.budgetperf.submission.domain.parse.FullWidthText;

/**
 * Single cells of an uploaded form as {@link FormReader} needs them: the text a clerk sees, exact decimals, the
 * lines of a multi-line cell and the reference ("项目!C3") a problem names. A cell that is not a number where one is
 * needed becomes a {@link CellProblem}.
 */
final class FormCells {

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<CellProblem> problems;

    FormCells(List<CellProblem> problems) {
        this.problems = problems;
    }

    static Cell cell(Row row, int column) {
        return row.getCell(column);
    }

    /** The cell as the clerk sees it, stripped; null when empty. */
    String text(Cell cell) {
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
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * An exact decimal: numeric cells through Excel's own 15-digit text of the stored double (never double
     * arithmetic), text cells parsed after dropping thousands separators, "万元" and "%".
     */
    BigDecimal number(Sheet sheet, Row row, int column, String message) {
        Cell cell = row.getCell(column);
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
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String cleaned = FullWidthText.normalise(text).replace("，", "").replace(",", "").replace(" ", "").replace("万元", "").replace("%", "");
        try {
            return plain(new BigDecimal(cleaned));
        } catch (NumberFormatException e) {
            problems.add(new CellProblem(ref(sheet, row.getRowNum(), column), message + "，实际为“" + text + "”"));
            return null;
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Consumer<String> add = line -> {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        };
        text.lines().forEach(add);
        return lines;
    }

    static String ref(Sheet sheet, int row, int column) {
        return sheet.getSheetName() + "!" + CellReference.convertNumToColString(column) + (row + 1);
    }
}
