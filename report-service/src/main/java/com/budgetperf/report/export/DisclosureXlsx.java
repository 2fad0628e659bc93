package com.budgetperf.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.budgetperf.report.domain.Disclosure;

/**
 * A department's disclosure document as XLSX in the Hebei layout of the 项目支出绩效目标表: one sheet per
 * project — title, 项目名称, 主管部门及代码 / 实施单位, 项目资金 (年度资金总额, 其中：财政拨款, 其他资金), then the
 * 一级/二级/三级指标 with their 指标值. 涉密 projects keep their budget but show “涉密” for the name and
 * every indicator.
 */
public final class DisclosureXlsx {

    private static final int COLUMNS = 4;

    private DisclosureXlsx() {
    }

    public static byte[] write(Disclosure disclosure) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = workbook.createCellStyle();
            cell.setBorderTop(BorderStyle.THIN);
            cell.setBorderBottom(BorderStyle.THIN);
            cell.setBorderLeft(BorderStyle.THIN);
            cell.setBorderRight(BorderStyle.THIN);
            cell.setWrapText(true);
            CellStyle money = workbook.createCellStyle();
            money.cloneStyleFrom(cell);
            money.setDataFormat(workbook.createDataFormat().getFormat("0.000000"));
            Set<String> sheetNames = new HashSet<>();
            int n = 0;
            for (Disclosure.ProjectTable project : disclosure.projects()) {
                n++;
                String name = WorkbookUtil.createSafeSheetName(n + " " + project.publishedName());
                while (!sheetNames.add(name)) {
                    name = name + "_";
                }
                Sheet sheet = workbook.createSheet(name);
                for (int c = 0; c < COLUMNS; c++) {
                    sheet.setColumnWidth(c, (c == 3 ? 30 : 22) * 256);
                }
                int r = 0;
                Row head = sheet.createRow(r++);
                head.createCell(0).setCellValue(disclosure.fiscalYear() + "年度项目支出绩效目标表");
                head.getCell(0).setCellStyle(title);
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
                r = pair(sheet, r, cell, "项目名称", project.publishedName());
                String department = (disclosure.departmentName() == null ? "" : disclosure.departmentName())
                        + "（" + disclosure.departmentCode() + "）";
                r = pair(sheet, r, cell, "主管部门及代码", department);
                r = pair(sheet, r, cell, "实施单位", disclosure.departmentName());
                int fundsStart = r;
                r = amount(sheet, r, cell, money, "年度资金总额", project.budgetTotal());
                r = amount(sheet, r, cell, money, "其中：财政拨款", project.budgetFiscal());
                r = amount(sheet, r, cell, money, "其他资金", project.budgetOther());
                sheet.addMergedRegion(new CellRangeAddress(fundsStart, r - 1, 0, 0));
                Row header = sheet.createRow(r++);
                String[] labels = {"一级指标", "二级指标", "三级指标", "指标值"};
                for (int c = 0; c < COLUMNS; c++) {
                    header.createCell(c).setCellValue(labels[c]);
                    header.getCell(c).setCellStyle(cell);
                }
                for (Disclosure.IndicatorRow indicator : project.indicators()) {
                    Row row = sheet.createRow(r++);
                    String[] values = project.classified()
                            ? new String[] {indicator.level1(), indicator.level2(), Disclosure.REDACTED, Disclosure.REDACTED}
                            : new String[] {indicator.level1(), indicator.level2(), indicator.name(), indicator.value()};
                    for (int c = 0; c < COLUMNS; c++) {
                        row.createCell(c).setCellValue(CellText.of(values[c] == null ? "" : values[c]));
                        row.getCell(c).setCellStyle(cell);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet sheet, int r, CellStyle style, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(CellText.of(value == null ? "" : value));
        for (int c = 0; c < COLUMNS; c++) {
            (row.getCell(c) == null ? row.createCell(c) : row.getCell(c)).setCellStyle(style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, COLUMNS - 1));
        return r + 1;
    }

    private static int amount(Sheet sheet, int r, CellStyle style, CellStyle money, String label, BigDecimal value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("项目资金（万元）");
        row.createCell(1).setCellValue(label);
        row.createCell(2).setCellValue(value.doubleValue());
        row.createCell(3);
        for (int c = 0; c < COLUMNS; c++) {
            row.getCell(c).setCellStyle(c == 2 ? money : style);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 2, COLUMNS - 1));
        return r + 1;
    }
}
