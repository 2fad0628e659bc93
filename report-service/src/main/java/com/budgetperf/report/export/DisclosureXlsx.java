package com.budgetperf.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.domain.Disclosure.IndicatorRow;
import com.budgetperf.report.domain.Disclosure.ProjectTable;

/**
 * A department's disclosure as XLSX, laid out like the published Hebei documents: a sheet 部门整体 (一、总体绩效目标,
 * 二、分项绩效目标, 三、部门整体绩效指标 grid, 四、工作保障措施), then one sheet per project with its 项目支出绩效目标表 —
 * 项目编码 / 项目名称, 主管部门 / 实施单位, 预算规模及资金用途 (预算数, 其中：财政资金, 其他资金 in 万元, then the 资金用途
 * text), 资金支出计划（%）when the document has one, 绩效目标 (one row per goal line), and the grid 一级 / 二级 / 三级指标,
 * 绩效指标描述, 指标值, 指标值确定依据 (and 评（扣）分标准 where the form has it) with the 一级 and 二级 cells merged over their
 * rows. Seven columns A–G throughout. Text cells are neutralised against formulas; amounts are numbers.
 */
public final class DisclosureXlsx {

    static final int COLUMNS = 7;
    static final String DEPARTMENT_SHEET = "部门整体";
    private static final int[] WIDTHS = {12, 14, 18, 26, 14, 26, 22};

    private DisclosureXlsx() {
    }

    public static byte[] write(Disclosure disclosure) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            department(workbook.createSheet(DEPARTMENT_SHEET), styles, disclosure);
            Set<String> sheetNames = new HashSet<>(Set.of(DEPARTMENT_SHEET));
            int n = 0;
            for (ProjectTable project : disclosure.projects()) {
                n++;
                String name = WorkbookUtil.createSafeSheetName(n + " " + project.name());
                while (!sheetNames.add(name)) {
                    name = WorkbookUtil.createSafeSheetName(name.substring(0, Math.min(name.length(), 29)) + "_" + n);
                }
                project(workbook.createSheet(name), styles, disclosure, n, project);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void department(Sheet sheet, Styles styles, Disclosure disclosure) {
        Sheets sheetWriter = new Sheets(sheet, styles);
        sheetWriter.title(disclosure.publisher()
                + disclosure.fiscalYear() + "年部门整体绩效目标");
        Disclosure.DepartmentTable department = disclosure.department();
        if (department.isEmpty()) {
            sheetWriter.paragraph("（本年度申报未填写部门整体绩效目标）", styles.plain);
            return;
        }
        if (department.overallGoal() != null) {
            sheetWriter.paragraph("一、总体绩效目标", styles.section);
            sheetWriter.paragraph(department.overallGoal(), styles.plain);
        }
        if (!department.goals().isEmpty()) {
            sheetWriter.paragraph("二、分项绩效目标", styles.section);
            department.goals().forEach(goal -> sheetWriter.paragraph(goal, styles.plain));
        }
        if (!department.indicators().isEmpty()) {
            sheetWriter.paragraph("三、部门整体绩效指标", styles.section);
            sheetWriter.grid(department.indicators());
        }
        if (department.safeguards() != null) {
            sheetWriter.paragraph("四、工作保障措施", styles.section);
            sheetWriter.paragraph(department.safeguards(), styles.plain);
        }
    }

    private static void project(Sheet sheet, Styles styles, Disclosure disclosure, int n, ProjectTable project) {
        Sheets out = new Sheets(sheet, styles);
        out.title(n + "." + project.name() + "绩效目标表");
        Row unit = out.row();
        out.text(unit, 0, COLUMNS - 2, disclosure.publisher(), styles.plain);
        out.text(unit, COLUMNS - 1, COLUMNS - 1, "单位：万元", styles.right);
        Row names = out.row();
        out.text(names, 0, 0, "项目编码", styles.label);
        out.text(names, 1, 3, project.code(), styles.cell);
        out.text(names, 4, 4, "项目名称", styles.label);
        out.text(names, 5, COLUMNS - 1, project.name(), styles.cell);
        Row units = out.row();
        out.text(units, 0, 0, "主管部门", styles.label);
        out.text(units, 1, 3, disclosure.departmentName(), styles.cell);
        out.text(units, 4, 4, "实施单位", styles.label);
        out.text(units, 5, COLUMNS - 1, disclosure.departmentName(), styles.cell);
        int fundsFirst = sheet.getLastRowNum() + 1;
        Row funds = out.row();
        out.text(funds, 1, 1, "预算数", styles.label);
        out.amount(funds, 2, project.budgetTotal());
        out.text(funds, 3, 3, "其中：财政资金", styles.label);
        out.amount(funds, 4, project.budgetFiscal());
        out.text(funds, 5, 5, "其他资金", styles.label);
        out.amount(funds, 6, project.budgetOther());
        Row purpose = out.row();
        out.text(purpose, 1, COLUMNS - 1, project.purpose(), styles.cell);
        out.label(fundsFirst, purpose.getRowNum(), "预算规模及资金用途");
        if (project.plan() != null) {
            Row months = out.row();
            Row shares = out.row();
            List<BigDecimal> values = project.plan().shares();
            for (int m = 0; m < 4; m++) {
                int last = m == 3 ? COLUMNS - 1 : m + 1;
                out.text(months, m + 1, last, Disclosure.SpendingPlan.MONTHS.get(m), styles.centre);
                out.text(shares, m + 1, last, IndicatorGrid.percent(values.get(m)), styles.centre);
            }
            out.label(months.getRowNum(), shares.getRowNum(), "资金支出计划（%）");
        }
        int goalsFirst = sheet.getLastRowNum() + 1;
        for (String goal : project.goals().isEmpty() ? List.of("") : project.goals()) {
            out.text(out.row(), 1, COLUMNS - 1, goal, styles.cell);
        }
        out.label(goalsFirst, sheet.getLastRowNum(), "绩效目标");
        out.grid(project.indicators());
    }

    /** Writes rows one after another on a sheet with the seven columns. */
    private static final class Sheets {
        private final Sheet sheet;
        private final Styles styles;

        Sheets(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
        }

        Row row() {
            return sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
        }

        void title(String text) {
            Row row = row();
            text(row, 0, COLUMNS - 1, text, styles.title);
            row.setHeightInPoints(26);
        }

        void paragraph(String text, CellStyle style) {
            text(row(), 0, COLUMNS - 1, text, style);
        }

        /** A text over columns {@code first}..{@code last} (merged), its row made high enough for the wrapped text. */
        void text(Row row, int first, int last, String text, CellStyle style) {
            for (int c = first; c <= last; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(style);
            }
            row.getCell(first).setCellValue(CellText.of(text == null ? "" : text));
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
            }
            int width = 0;
            for (int c = first; c <= last; c++) {
                width += WIDTHS[c];
            }
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines(text, width) * 15f + 3));
        }

        void amount(Row row, int column, BigDecimal value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(styles.money);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
        }

        /** The label of a block in column A, merged over its rows. */
        void label(int first, int last, String text) {
            Row row = sheet.getRow(first);
            Cell cell = row.getCell(0) == null ? row.createCell(0) : row.getCell(0);
            cell.setCellValue(text);
            for (int r = first; r <= last; r++) {
                Row each = sheet.getRow(r);
                (each.getCell(0) == null ? each.createCell(0) : each.getCell(0)).setCellStyle(styles.label);
            }
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(first, last, 0, 0));
            }
        }

        /** The grid: header row, then one row per indicator with 一级 and 二级 merged over their runs. */
        void grid(List<IndicatorRow> rows) {
            boolean scored = Disclosure.scored(rows);
            Row header = row();
            for (int c = 0; c < IndicatorGrid.HEADERS.size(); c++) {
                text(header, c, c == 5 && !scored ? COLUMNS - 1 : c, IndicatorGrid.HEADERS.get(c), styles.header);
            }
            if (scored) {
                text(header, 6, 6, IndicatorGrid.SCORING, styles.header);
            }
            int first = sheet.getLastRowNum() + 1;
            for (int r = 0; r < rows.size(); r++) {
                IndicatorRow indicator = rows.get(r);
                Row row = row();
                // a merged cell shows its first row's text: the rows it covers stay empty
                text(row, 0, 0, IndicatorGrid.level1Span(rows, r) > 0 ? indicator.level1() : null, styles.centre);
                text(row, 1, 1, IndicatorGrid.level2Span(rows, r) > 0 ? indicator.level2() : null, styles.centre);
                List<String> cells = IndicatorGrid.cells(indicator, scored);
                for (int c = 0; c < cells.size(); c++) {
                    int column = c + 2;
                    text(row, column, column == 5 && !scored ? COLUMNS - 1 : column, cells.get(c),
                            column == 4 ? styles.centre : styles.cell);
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                merge(first + r, IndicatorGrid.level1Span(rows, r), 0);
                merge(first + r, IndicatorGrid.level2Span(rows, r), 1);
            }
        }

        private void merge(int row, int span, int column) {
            if (span > 1) {
                sheet.addMergedRegion(new CellRangeAddress(row, row + span - 1, column, column));
            }
        }

        /** Lines a wrapped text takes in a cell {@code width} characters wide (a Chinese character is two). */
        private static int lines(String text, int width) {
            if (text == null || text.isEmpty()) {
                return 1;
            }
            int lines = 0;
            for (String paragraph : text.split("\n", -1)) {
                int units = 0;
                for (int i = 0; i < paragraph.length(); i++) {
                    units += paragraph.charAt(i) < 0x2E80 ? 1 : 2;
                }
                lines += Math.max(1, (units + width - 2) / Math.max(1, width - 1));
            }
            return Math.min(lines, 400);
        }
    }

    /** The cell styles of the workbook (a workbook holds at most 64,000 styles: create them once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle section;
        final CellStyle plain;
        final CellStyle right;
        final CellStyle cell;
        final CellStyle centre;
        final CellStyle label;
        final CellStyle header;
        final CellStyle money;

        Styles(XSSFWorkbook workbook) {
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            plain = workbook.createCellStyle();
            plain.setWrapText(true);
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            section = workbook.createCellStyle();
            section.cloneStyleFrom(plain);
            section.setFont(bold);
            right = workbook.createCellStyle();
            right.cloneStyleFrom(plain);
            right.setAlignment(HorizontalAlignment.RIGHT);
            cell = workbook.createCellStyle();
            cell.setBorderTop(BorderStyle.THIN);
            cell.setBorderBottom(BorderStyle.THIN);
            cell.setBorderLeft(BorderStyle.THIN);
            cell.setBorderRight(BorderStyle.THIN);
            cell.setWrapText(true);
            cell.setVerticalAlignment(VerticalAlignment.CENTER);
            centre = workbook.createCellStyle();
            centre.cloneStyleFrom(cell);
            centre.setAlignment(HorizontalAlignment.CENTER);
            label = workbook.createCellStyle();
            label.cloneStyleFrom(centre);
            label.setFont(bold);
            header = workbook.createCellStyle();
            header.cloneStyleFrom(label);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            money = workbook.createCellStyle();
            money.cloneStyleFrom(cell);
            money.setAlignment(HorizontalAlignment.RIGHT);
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00####"));
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
