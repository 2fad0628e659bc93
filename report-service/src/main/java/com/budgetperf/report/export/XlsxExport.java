package com.budgetperf.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.budgetperf.report.domain.cube.Column;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.domain.cube.ValueType;

/**
 * XLSX of a cube answer: a header row of Chinese labels, numbers as numeric cells (amounts formatted with 6
 * decimals), text as text cells, neutralised like CSV. An amount with more than 15 significant digits, which
 * a spreadsheet number cannot hold exactly, is written as text.
 */
public final class XlsxExport {

    private static final int EXACT_DIGITS = 15;

    private XlsxExport() {
    }

    public static byte[] write(CubeTable table, String sheetName) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle[] styles = new CellStyle[table.columns().size()];
            for (int c = 0; c < styles.length; c++) {
                ValueType type = table.columns().get(c).type();
                if (type.isDecimal()) {
                    styles[c] = workbook.createCellStyle();
                    styles[c].setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(type.scale())));
                }
            }
            Row head = sheet.createRow(0);
            List<Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).label());
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).label().length() * 3)) * 256);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    write(row.createCell(c), values.get(c), styles[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle style) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof BigDecimal decimal && decimal.precision() <= EXACT_DIGITS) {
            cell.setCellValue(decimal.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        } else if (value instanceof Long || value instanceof Integer) {
            cell.setCellValue(((Number) value).doubleValue());
        } else {
            cell.setCellValue(CellText.of(value));
        }
    }
}
