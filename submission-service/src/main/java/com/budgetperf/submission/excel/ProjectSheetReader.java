package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.Project;

/**
 * Reads one 项目支出绩效目标表 back, finding every value by its label (the cell right of 项目编码, 预算数…; under
 * 3月底…12月底; the rows of 绩效目标) so that inserted, deleted and re-merged rows do not matter. A table with
 * nothing written in it (a blank table left over) is no project.
 */
final class ProjectSheetReader {

    private static final String[] PLAN_FIELDS = { "mar", "jun", "oct", "dec" };

    private final SheetCells cells;
    private final FormPlaces places;
    private final String pointer;

    private ProjectSheetReader(SheetCells cells, FormPlaces places, String pointer) {
        this.cells = cells;
        this.places = places;
        this.pointer = pointer;
    }

    /** Whether the sheet is a project table: a 项目名称 label or the table's title near its top. */
    static boolean isProjectTable(SheetCells cells) {
        return cells.find(label(PROJECT_NAME), 0, 12) != null || cells.find(PROJECT_TITLE, 0, 3) != null;
    }

    /** The project of the sheet as the {@code index}-th of the document; null when the table is blank or unreadable. */
    static Project read(SheetCells cells, int index, FormPlaces places) {
        FormPlaces own = new FormPlaces();
        Project project = new ProjectSheetReader(cells, own, "/projects/" + index).project();
        if (project != null) {
            places.putAll(own);
        }
        return project;
    }

    private Project project() {
        int grid = cells.gridHeader(0);
        if (grid < 0) {
            cells.problem(0, 0, "找不到指标表的表头（一级指标、二级指标、三级指标、指标值），请勿删除或改写表头");
            return null;
        }
        int last = grid - 1;
        String code = valueRightOf(PROJECT_CODE, last, "/code");
        String name = valueRightOf(PROJECT_NAME, last, "/name");
        boolean classified = classified(last);
        BigDecimal total = amountRightOf(TOTAL, last, "/budget/total", "预算数应为数字（万元）");
        BigDecimal fiscal = amountRightOf(FISCAL, last, "/budget/fiscal", "财政资金应为数字（万元）");
        BigDecimal other = amountRightOf(OTHER, last, "/budget/other", "其他资金应为数字（万元）");
        Budget budget = total == null && fiscal == null && other == null ? null : new Budget(total, fiscal, other);
        String purpose = purpose(last);
        DisbursementPlan plan = plan(last);
        List<String> goals = goals(last);
        List<Indicator> indicators = GridReader.read(cells, grid, pointer + "/indicators", places);
        if (indicators == null) {
            return null;
        }
        if (code == null && name == null && budget == null && purpose == null && plan == null && goals.isEmpty()
                && indicators.isEmpty() && !classified) {
            return null;
        }
        int[] nameAt = cells.find(label(PROJECT_NAME), 0, last);
        if (nameAt != null) {
            places.put(pointer, cells.name(), nameAt[0], cells.nextColumn(nameAt[0], nameAt[1]));
        }
        return new Project(code, name, budget, purpose, plan, goals, classified, indicators);
    }

    private int[] valueCell(String label, int last) {
        int[] at = cells.find(label(label), 0, last);
        return at == null ? null : new int[] { at[0], cells.nextColumn(at[0], at[1]) };
    }

    private String valueRightOf(String label, int last, String field) {
        int[] at = valueCell(label, last);
        if (at == null) {
            return null;
        }
        places.put(pointer + field, cells.name(), at[0], at[1]);
        return cells.text(at[0], at[1]);
    }

    private BigDecimal amountRightOf(String label, int last, String field, String message) {
        int[] at = valueCell(label, last);
        if (at == null) {
            return null;
        }
        places.put(pointer + field, cells.name(), at[0], at[1]);
        if (field.endsWith("/total")) {
            places.put(pointer + "/budget", cells.name(), at[0], at[1]);
        }
        return cells.number(at[0], at[1], message);
    }

    private boolean classified(int last) {
        int[] at = valueCell(CLASSIFIED, last);
        if (at == null) {
            return false;
        }
        places.put(pointer + "/classified", cells.name(), at[0], at[1]);
        String value = cells.text(at[0], at[1]);
        if (value == null) {
            return false;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (YES.contains(upper)) {
            return true;
        }
        if (!NO.contains(upper)) {
            cells.problem(at[0], at[1], "是否涉密应填“是”或“否”，实际为“" + value + "”");
        }
        return false;
    }

    /** The 资金用途: a row labelled so, or the row under 预算数 inside the 预算规模及资金用途 block. */
    private String purpose(int last) {
        int[] labelled = valueCell("资金用途", last);
        int[] budget = cells.find(label(TOTAL), 0, last);
        int[] at = labelled != null ? labelled : budget == null ? null : new int[] { budget[0] + 1, budget[1] };
        if (at == null || at[0] > last || cells.find(label(PLAN), at[0], at[0]) != null
                || cells.find(label(GOALS), at[0], at[0]) != null) {
            return null;
        }
        places.put(pointer + "/purpose", cells.name(), cells.originRow(at[0], at[1]), cells.originColumn(at[0], at[1]));
        return cells.text(at[0], at[1]);
    }

    private DisbursementPlan plan(int last) {
        BigDecimal[] shares = new BigDecimal[MONTHS.size()];
        boolean any = false;
        for (int m = 0; m < MONTHS.size(); m++) {
            int[] month = cells.find(label(MONTHS.get(m)), 0, last);
            if (month == null) {
                continue;
            }
            int r = cells.region(month[0], month[1]) == null ? month[0] + 1 : cells.region(month[0], month[1]).getLastRow() + 1;
            places.put(pointer + "/disbursementPlan/" + PLAN_FIELDS[m], cells.name(), r, month[1]);
            if (m == 0) {
                places.put(pointer + "/disbursementPlan", cells.name(), r, month[1]);
            }
            shares[m] = cells.number(r, month[1], MONTHS.get(m) + "支出计划应为数字（累计支出比例，%）");
            any |= shares[m] != null;
        }
        return any ? new DisbursementPlan(shares[0], shares[1], shares[2], shares[3]) : null;
    }

    /** One goal per row of the 绩效目标 block (blank rows skipped), down to the grid. */
    private List<String> goals(int last) {
        List<String> goals = new ArrayList<>();
        int[] at = cells.find(label(GOALS), 0, last);
        if (at == null) {
            return goals;
        }
        int column = cells.nextColumn(at[0], at[1]);
        places.put(pointer + "/goals", cells.name(), at[0], column);
        for (int r = at[0]; r <= last; r++) {
            String label = cells.label(r, at[1]);
            if (!label.isEmpty() && !label.equals(label(GOALS))) {
                break;   // another block of the table
            }
            if (cells.originRow(r, column) != r) {
                continue;
            }
            String goal = cells.text(r, column);
            if (goal != null) {
                places.put(pointer + "/goals/" + goals.size(), cells.name(), r, column);
                goals.add(goal);
            }
        }
        return goals;
    }
}
