package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/** Writes the official form, prefilled with a document: the four sheets of {@link FormLayout}, styled for people. */
final class FormWriter {

    private FormWriter() {
    }

    static byte[] write(FormHeader header, TargetDocument document) {
        TargetDocument doc = document == null ? new TargetDocument(null, null, null, null, null) : document;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeDepartment(workbook, styles, header, doc);
            writeProjects(workbook, styles, doc);
            writeIndicators(workbook, styles, doc);
            writeGuide(workbook, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("绩效目标表生成失败", e);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle label;
        final CellStyle text;
        final CellStyle amount;
        final CellStyle number;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            short textFormat = workbook.createDataFormat().getFormat("@");
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            label = bordered(workbook);
            label.setFont(bold);
            label.setVerticalAlignment(VerticalAlignment.TOP);
            text = bordered(workbook);
            text.setDataFormat(textFormat);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            amount = bordered(workbook);
            amount.setDataFormat(workbook.createDataFormat().getFormat("0.000000"));
            amount.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("General"));
            number.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }

    private static void writeDepartment(Workbook workbook, Styles styles, FormHeader header, TargetDocument doc) {
        Sheet sheet = workbook.createSheet(DEPARTMENT_SHEET);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        headerRow(sheet, styles, List.of(new Column("填报项", 22), new Column("内容", 90)));
        FormHeader h = header == null ? new FormHeader(null, null, null, null) : header;
        int r = 1;
        Row year = labelled(sheet, styles, r++, FISCAL_YEAR);
        if (h.fiscalYear() != null) {
            Cell cell = year.createCell(1);
            cell.setCellValue(h.fiscalYear());
            cell.setCellStyle(styles.number);
        } else {
            year.createCell(1).setCellStyle(styles.number);
        }
        text(labelled(sheet, styles, r++, REGION_CODE), 1, h.regionCode(), styles);
        text(labelled(sheet, styles, r++, DEPARTMENT_CODE), 1, h.departmentCode(), styles);
        text(labelled(sheet, styles, r++, DEPARTMENT_NAME), 1, h.departmentName(), styles);
        text(labelled(sheet, styles, r++, OVERALL_GOAL), 1, doc.overallGoal(), styles);
        List<String> subGoals = doc.subGoals().isEmpty() ? java.util.Arrays.asList((String) null) : doc.subGoals();
        for (String subGoal : subGoals) {
            text(labelled(sheet, styles, r++, SUB_GOAL), 1, subGoal, styles);
        }
        text(labelled(sheet, styles, r, SAFEGUARDS), 1, doc.safeguards(), styles);
    }

    private static Row labelled(Sheet sheet, Styles styles, int r, String label) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        cell.setCellStyle(styles.label);
        return row;
    }

    private static void writeProjects(Workbook workbook, Styles styles, TargetDocument doc) {
        Sheet sheet = workbook.createSheet(PROJECT_SHEET);
        headerRow(sheet, styles, PROJECT_COLUMNS);
        int r = 1;
        for (Project project : doc.projects()) {
            if (project == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            text(row, P_CODE, project.code(), styles);
            text(row, P_NAME, project.name(), styles);
            Budget budget = project.budget() == null ? new Budget(null, null, null) : project.budget();
            amount(row, P_TOTAL, budget.total(), styles.amount);
            amount(row, P_FISCAL, budget.fiscal(), styles.amount);
            amount(row, P_OTHER, budget.other(), styles.amount);
            text(row, P_PURPOSE, project.purpose(), styles);
            DisbursementPlan plan = project.disbursementPlan() == null ? new DisbursementPlan(null, null, null, null)
                    : project.disbursementPlan();
            amount(row, P_MAR, plan.mar(), styles.number);
            amount(row, P_JUN, plan.jun(), styles.number);
            amount(row, P_OCT, plan.oct(), styles.number);
            amount(row, P_DEC, plan.dec(), styles.number);
            text(row, P_GOALS, project.goals().isEmpty() ? null : String.join("\n", project.goals()), styles);
            text(row, P_CLASSIFIED, project.classified() ? "是" : "否", styles);
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(new String[] { "是", "否" }),
                new CellRangeAddressList(1, 1000, P_CLASSIFIED, P_CLASSIFIED));
        validation.setShowErrorBox(true);
        validation.createErrorBox("是否涉密", "请填写“是”或“否”");
        sheet.addValidationData(validation);
    }

    private static void writeIndicators(Workbook workbook, Styles styles, TargetDocument doc) {
        Sheet sheet = workbook.createSheet(INDICATOR_SHEET);
        headerRow(sheet, styles, INDICATOR_COLUMNS);
        int r = 1;
        for (Indicator indicator : doc.departmentIndicators()) {
            r = indicatorRow(sheet, styles, r, null, indicator);
        }
        for (Project project : doc.projects()) {
            if (project == null) {
                continue;
            }
            for (Indicator indicator : project.indicators()) {
                r = indicatorRow(sheet, styles, r, projectKey(project), indicator);
            }
        }
    }

    private static int indicatorRow(Sheet sheet, Styles styles, int r, String projectKey, Indicator indicator) {
        Row row = sheet.createRow(r);
        text(row, I_PROJECT, projectKey, styles);
        if (indicator != null) {
            text(row, I_LEVEL1, indicator.level1(), styles);
            text(row, I_LEVEL2, indicator.level2(), styles);
            text(row, I_NAME, indicator.name(), styles);
            text(row, I_DESCRIPTION, indicator.description(), styles);
            String value = indicator.value() == null || indicator.value().isBlank() ? null : indicator.value().asWritten();
            text(row, I_VALUE, value, styles);
            text(row, I_BASIS, indicator.basis(), styles);
            text(row, I_SCORING, indicator.scoring(), styles);
        }
        return r + 1;
    }

    private static void writeGuide(Workbook workbook, Styles styles) {
        Sheet sheet = workbook.createSheet(GUIDE_SHEET);
        sheet.setColumnWidth(0, 110 * 256);
        List<String> lines = List.of(
                "填写说明",
                "1. “部门信息”表：预算年度、行政区划代码（6 位）、部门编码、部门名称必填；分目标每行一条，可插入多行“分目标”。",
                "2. “项目”表：每个预算项目一行；预算数、财政资金、其他资金单位为万元，填数字；预算数应等于财政资金与其他资金之和。",
                "3. 资金支出计划填截至 3月底、6月底、10月底、12月底 的累计支出比例（%），12月底应为 100。",
                "4. 绩效目标每条一行（单元格内换行：Alt+Enter）；是否涉密填“是”或“否”。",
                "5. “绩效指标”表：每个指标一行，项目编码与“项目”表一致；部门整体绩效指标的项目编码留空。",
                "6. 指标值按原样填写，如 ≥95%、≤4.5%、1524人、12月底前；指标值确定依据填计划标准、历史标准、行业标准、预算支出标准或其他。",
                "7. 空行会被忽略；只填了部分内容的行会保留，并在机审中提示。");
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            if (i == 0) {
                cell.setCellStyle(styles.label);
            }
        }
    }

    private static void headerRow(Sheet sheet, Styles styles, List<Column> columns) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(columns.get(c).label());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int column, String value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.text);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
