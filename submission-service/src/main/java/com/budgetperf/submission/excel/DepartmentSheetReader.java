package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.util.ArrayList;
import java.util.List;

import com.budgetperf.submission.domain.document.Indicator;

/**
 * Reads the 部门整体 sheet: the header (预算年度, 行政区划代码, 部门编码, 部门名称: required, checked), 总体绩效目标,
 * one 分项绩效目标 per row, 工作保障措施 and the department-wide indicator grid, each found by its label.
 */
final class DepartmentSheetReader {

    record Part(FormHeader header, String overallGoal, List<String> subGoals, String safeguards,
            List<Indicator> indicators) {
    }

    private DepartmentSheetReader() {
    }

    static Part read(SheetCells cells, FormPlaces places) {
        int grid = cells.gridHeader(0);
        int last = grid < 0 ? cells.lastRow() : grid - 1;
        int[] yearAt = valueCell(cells, FISCAL_YEAR, last, 1, 1);
        int[] regionAt = valueCell(cells, REGION_CODE, last, 1, 3);
        int[] departmentAt = valueCell(cells, DEPARTMENT_CODE, last, 1, 5);
        int[] nameAt = valueCell(cells, DEPARTMENT_NAME, last, 2, 1);
        places.put("/fiscalYear", cells.name(), yearAt[0], yearAt[1]);
        places.put("/regionCode", cells.name(), regionAt[0], regionAt[1]);
        places.put("/departmentCode", cells.name(), departmentAt[0], departmentAt[1]);
        places.put("/departmentName", cells.name(), nameAt[0], nameAt[1]);
        places.put("", cells.name(), nameAt[0], nameAt[1]);

        Integer fiscalYear = null;
        String year = cells.code(yearAt[0], yearAt[1]);
        if (year == null) {
            cells.problem(yearAt[0], yearAt[1], "请填写预算年度，如 2021");
        } else {
            String digits = year.replace("年", "").replace("度", "");
            if (digits.matches("\\d{4}") && Integer.parseInt(digits) >= 2000 && Integer.parseInt(digits) <= 2100) {
                fiscalYear = Integer.parseInt(digits);
            } else {
                cells.problem(yearAt[0], yearAt[1], "预算年度应为 2000 至 2100 之间的四位年份，如 2021");
            }
        }
        String regionCode = cells.code(regionAt[0], regionAt[1]);
        if (regionCode == null) {
            cells.problem(regionAt[0], regionAt[1], "请填写行政区划代码");
        } else if (!regionCode.matches("\\d{6}")) {
            cells.problem(regionAt[0], regionAt[1], "行政区划代码应为 6 位数字（县级），如 130607");
        }
        String departmentCode = cells.code(departmentAt[0], departmentAt[1]);
        if (departmentCode == null) {
            cells.problem(departmentAt[0], departmentAt[1], "请填写部门（预算单位）编码");
        } else if (!departmentCode.matches("[A-Za-z0-9-]{1,40}")) {
            cells.problem(departmentAt[0], departmentAt[1], "部门编码只能包含字母、数字和 -，最多 40 个字符");
        }
        String departmentName = cells.text(nameAt[0], nameAt[1]);
        if (departmentName == null) {
            cells.problem(nameAt[0], nameAt[1], "请填写部门名称");
        } else if (departmentName.length() > 200) {
            cells.problem(nameAt[0], nameAt[1], "部门名称最多 200 个字符");
        }
        FormHeader header = new FormHeader(fiscalYear, regionCode, departmentCode, departmentName);

        String overallGoal = text(cells, places, OVERALL_GOAL, last, "/overallGoal");
        String safeguards = text(cells, places, SAFEGUARDS, last, "/safeguards");
        List<String> subGoals = subGoals(cells, places, last);
        List<Indicator> indicators = grid < 0 ? List.of()
                : GridReader.read(cells, grid, "/departmentIndicators", places);
        return new Part(header, overallGoal, subGoals, safeguards, indicators);
    }

    /** The cell right of {@code label}; where the form puts it ({@code row}, {@code column}) when the label is gone. */
    private static int[] valueCell(SheetCells cells, String label, int last, int row, int column) {
        int[] at = cells.find(label(label), 0, last);
        return at == null ? new int[] { row, column } : new int[] { at[0], cells.nextColumn(at[0], at[1]) };
    }

    private static String text(SheetCells cells, FormPlaces places, String label, int last, String pointer) {
        int[] at = cells.find(label(label), 0, last);
        if (at == null) {
            return null;
        }
        int column = cells.nextColumn(at[0], at[1]);
        places.put(pointer, cells.name(), at[0], column);
        return cells.text(at[0], column);
    }

    private static List<String> subGoals(SheetCells cells, FormPlaces places, int last) {
        List<String> goals = new ArrayList<>();
        int[] at = cells.find(label(SUB_GOALS), 0, last);
        if (at == null) {
            return goals;
        }
        int column = cells.nextColumn(at[0], at[1]);
        places.put("/subGoals", cells.name(), at[0], column);
        for (int r = at[0]; r <= last; r++) {
            String label = cells.label(r, at[1]);
            if (!label.isEmpty() && !label.equals(label(SUB_GOALS))) {
                break;
            }
            if (cells.originRow(r, column) != r) {
                continue;
            }
            String goal = cells.text(r, column);
            if (goal != null) {
                places.put("/subGoals/" + goals.size(), cells.name(), r, column);
                goals.add(goal);
            }
        }
        return goals;
    }
}
