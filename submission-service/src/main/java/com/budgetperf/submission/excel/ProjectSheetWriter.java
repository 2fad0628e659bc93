package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.Project;

/**
 * One 项目支出绩效目标表 as the Hebei form lays it out: 项目编码 and 项目名称, 主管部门 and 是否涉密, 预算规模及资金用途
 * (预算数, 其中：财政资金, 其他资金 in 万元, then the 资金用途), 资金支出计划（%） at 3/6/10/12月底, one row per 绩效目标
 * and the indicator grid.
 */
final class ProjectSheetWriter {

    private ProjectSheetWriter() {
    }

    /** Writes {@code project} (the {@code index}-th; null for a blank table) into {@code sheet}. */
    static void write(WrittenSheet sheet, int index, Project project, String department, FormLevels levels) {
        String pointer = project == null ? null : "/projects/" + index;
        Project p = project == null ? new Project(null, null, null, null, null, null, false, null) : project;
        FormStyles styles = sheet.styles;
        sheet.block(0, 0, 0, COLUMNS - 1, PROJECT_TITLE, styles.title);
        sheet.sheet.getRow(0).setHeightInPoints(28f);
        sheet.text(1, COLUMNS - 1, UNIT_NOTE, styles.plain);

        sheet.text(2, 0, PROJECT_CODE, styles.label);
        sheet.block(2, 2, 1, 2, p.code(), styles.text);
        sheet.text(2, 3, PROJECT_NAME, styles.label);
        sheet.block(2, 2, 4, 6, p.name(), styles.text);
        sheet.text(3, 0, SUPERVISOR, styles.label);
        sheet.block(3, 3, 1, 3, department, styles.text);
        sheet.text(3, 4, CLASSIFIED, styles.label);
        sheet.block(3, 3, 5, 6, p.classified() ? "是" : "否", styles.text);
        classifiedList(sheet);

        Budget budget = p.budget() == null ? new Budget(null, null, null) : p.budget();
        sheet.block(4, 5, 0, 0, BUDGET_BLOCK, styles.label);
        sheet.text(4, 1, TOTAL, styles.label);
        sheet.amount(4, 2, budget.total(), styles.amount);
        sheet.text(4, 3, FISCAL, styles.label);
        sheet.amount(4, 4, budget.fiscal(), styles.amount);
        sheet.text(4, 5, OTHER, styles.label);
        sheet.amount(4, 6, budget.other(), styles.amount);
        sheet.block(5, 5, 1, 6, p.purpose(), styles.text);

        DisbursementPlan plan = p.disbursementPlan() == null ? new DisbursementPlan(null, null, null, null)
                : p.disbursementPlan();
        BigDecimal[] shares = { plan.mar(), plan.jun(), plan.oct(), plan.dec() };
        sheet.block(6, 7, 0, 0, PLAN, styles.label);
        for (int m = 0; m < MONTHS.size(); m++) {
            sheet.text(6, 1 + m, MONTHS.get(m), styles.label);
            sheet.amount(7, 1 + m, shares[m], styles.share);
        }
        sheet.block(6, 7, 5, 6, null, styles.text);

        List<String> goals = p.goals().isEmpty() ? new ArrayList<>(java.util.Collections.nCopies(project == null ? 3 : 1, (String) null))
                : p.goals();
        int goalsAt = 8;
        sheet.block(goalsAt, goalsAt + goals.size() - 1, 0, 0, GOALS, styles.label);
        for (int g = 0; g < goals.size(); g++) {
            sheet.block(goalsAt + g, goalsAt + g, 1, 6, goals.get(g), styles.text);
        }
        int gridAt = goalsAt + goals.size();
        List<Indicator> rows = project == null ? templateRows(levels) : p.indicators();
        GridWriter.write(sheet, gridAt, pointer == null ? null : pointer + "/indicators", rows, levels);
        sheet.printSetup(gridAt);
        sheet.sheet.createFreezePane(0, 0);

        if (pointer != null) {
            sheet.place(pointer, 2, 4);
            sheet.place(pointer + "/code", 2, 1);
            sheet.place(pointer + "/name", 2, 4);
            sheet.place(pointer + "/classified", 3, 5);
            sheet.place(pointer + "/budget", 4, 2);
            sheet.place(pointer + "/budget/total", 4, 2);
            sheet.place(pointer + "/budget/fiscal", 4, 4);
            sheet.place(pointer + "/budget/other", 4, 6);
            sheet.place(pointer + "/purpose", 5, 1);
            sheet.place(pointer + "/disbursementPlan", 7, 1);
            String[] fields = { "mar", "jun", "oct", "dec" };
            for (int m = 0; m < fields.length; m++) {
                sheet.place(pointer + "/disbursementPlan/" + fields[m], 7, 1 + m);
            }
            sheet.place(pointer + "/goals", goalsAt, 1);
            for (int g = 0; g < p.goals().size(); g++) {
                sheet.place(pointer + "/goals/" + g, goalsAt + g, 1);
            }
        }
    }

    static List<Indicator> templateRows(FormLevels levels) {
        return levels.templateRows().stream()
                .map(pair -> new Indicator(pair[0], pair[1], null, null, null, null, null)).toList();
    }

    private static void classifiedList(WrittenSheet sheet) {
        DataValidationHelper helper = sheet.sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(new String[] { "是", "否" }),
                new CellRangeAddressList(3, 3, 5, 6));
        validation.setShowErrorBox(true);
        validation.createErrorBox(CLASSIFIED, "请填写“是”或“否”");
        sheet.sheet.addValidationData(validation);
    }
}
