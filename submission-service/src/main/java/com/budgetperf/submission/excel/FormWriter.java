package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * Writes the official form prefilled with a document (or blank, with the header filled): sheet 部门整体, one
 * 项目支出绩效目标表 per project ("项目1 就业补助资金", unique, at most 31 characters), 填表说明; and where each part of
 * the document went.
 */
final class FormWriter {

    /** A written workbook (still open: the annotator adds to it) and the places of the document in it. */
    record Written(XSSFWorkbook workbook, FormPlaces places) {
    }

    private FormWriter() {
    }

    static Written write(FormHeader header, TargetDocument document, FormLevels levels) {
        TargetDocument doc = document == null ? new TargetDocument(null, null, null, null, null) : document;
        FormHeader head = header == null ? new FormHeader(null, null, null, null) : header;
        XSSFWorkbook workbook = new XSSFWorkbook();
        FormStyles styles = new FormStyles(workbook);
        FormPlaces places = new FormPlaces();
        writeDepartment(new WrittenSheet(workbook.createSheet(DEPARTMENT_SHEET), styles, places), head, doc,
                document == null, levels);
        Set<String> taken = new HashSet<>(NOT_PROJECTS);
        List<Project> projects = new ArrayList<>(doc.projects());
        if (projects.isEmpty()) {
            projects.add(null);
        }
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String title = "项目" + (i + 1) + (project == null ? "" : " " + project.displayName());
            WrittenSheet sheet = new WrittenSheet(workbook.createSheet(sheetName(title, taken)), styles, places);
            ProjectSheetWriter.write(sheet, i, project, head.departmentName(), levels);
        }
        GuideSheet.write(workbook, styles);
        workbook.setActiveSheet(0);
        return new Written(workbook, places);
    }

    private static void writeDepartment(WrittenSheet sheet, FormHeader header, TargetDocument doc, boolean blank,
            FormLevels levels) {
        FormStyles styles = sheet.styles;
        sheet.block(0, 0, 0, COLUMNS - 1, DEPARTMENT_TITLE, styles.title);
        sheet.sheet.getRow(0).setHeightInPoints(28f);
        sheet.text(1, 0, FISCAL_YEAR, styles.label);
        sheet.text(1, 1, header.fiscalYear() == null ? null : header.fiscalYear().toString(), styles.text);
        sheet.text(1, 2, REGION_CODE, styles.label);
        sheet.text(1, 3, header.regionCode(), styles.text);
        sheet.text(1, 4, DEPARTMENT_CODE, styles.label);
        sheet.block(1, 1, 5, 6, header.departmentCode(), styles.text);
        sheet.text(2, 0, DEPARTMENT_NAME, styles.label);
        sheet.block(2, 2, 1, 6, header.departmentName(), styles.text);
        sheet.place("/fiscalYear", 1, 1);
        sheet.place("/regionCode", 1, 3);
        sheet.place("/departmentCode", 1, 5);
        sheet.place("/departmentName", 2, 1);
        sheet.place("", 2, 1);

        sheet.text(3, 0, OVERALL_GOAL, styles.label);
        sheet.block(3, 3, 1, 6, doc.overallGoal(), styles.text);
        sheet.place("/overallGoal", 3, 1);
        List<String> subGoals = doc.subGoals().isEmpty()
                ? java.util.Collections.nCopies(blank ? 3 : 1, (String) null) : doc.subGoals();
        int r = 4;
        sheet.block(r, r + subGoals.size() - 1, 0, 0, SUB_GOALS, styles.label);
        sheet.place("/subGoals", r, 1);
        for (int g = 0; g < subGoals.size(); g++) {
            sheet.block(r + g, r + g, 1, 6, subGoals.get(g), styles.text);
            if (g < doc.subGoals().size()) {
                sheet.place("/subGoals/" + g, r + g, 1);
            }
        }
        r += subGoals.size();
        sheet.text(r, 0, SAFEGUARDS, styles.label);
        sheet.block(r, r, 1, 6, doc.safeguards(), styles.text);
        sheet.place("/safeguards", r, 1);
        r += 2;
        sheet.block(r, r, 0, COLUMNS - 1, DEPARTMENT_GRID_TITLE, styles.label);
        int gridAt = r + 1;
        if (doc.departmentIndicators().isEmpty()) {
            GridWriter.write(sheet, gridAt, null, ProjectSheetWriter.templateRows(levels), levels);
        } else {
            GridWriter.write(sheet, gridAt, "/departmentIndicators", doc.departmentIndicators(), levels);
        }
        sheet.printSetup(gridAt);
    }
}
