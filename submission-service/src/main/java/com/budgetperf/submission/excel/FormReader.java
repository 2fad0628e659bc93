package com.budgetperf.submission.excel;

import static com.budgetperf.submission.excel.FormLayout.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * Reads an uploaded form back into a document. It never throws for bad content: every cell that cannot be
 * understood becomes a {@link CellProblem} (sheet!cell and what to fix).
 */
final class FormReader {

    /** Reads an uploaded workbook; never throws for bad content (unreadable files are one problem). */
    static ReadForm read(InputStream xlsx) {
        Workbook workbook;
        try {
            byte[] bytes = xlsx.readAllBytes();
            Optional<CellProblem> tooCostly = WorkbookBounds.problem(bytes, MAX_ROWS);
            if (tooCostly.isPresent()) {
                return ReadForm.failed(List.of(tooCostly.get()));
            }
            workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return ReadForm.failed(List.of(new CellProblem("文件",
                    "无法读取该文件，请上传从本平台下载的 Excel 绩效目标表（.xlsx）")));
        }
        try (workbook) {
            return new FormReader(workbook).form();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return ReadForm.failed(List.of(new CellProblem("文件", "无法读取该文件的内容：" + e.getMessage())));
        }
    }

    private final Workbook workbook;
    private final List<CellProblem> problems = new ArrayList<>();
    private final FormCells cells = new FormCells(problems);

    private FormReader(Workbook workbook) {
        this.workbook = workbook;
    }

    private ReadForm form() {
        Sheet department = sheet(DEPARTMENT_SHEET);
        Sheet projectSheet = sheet(PROJECT_SHEET);
        Sheet indicatorSheet = sheet(INDICATOR_SHEET);
        if (department == null || projectSheet == null || indicatorSheet == null) {
            return ReadForm.failed(problems);
        }
        DepartmentPart part = readDepartment(department);
        List<ProjectRow> projects = readProjects(projectSheet);
        List<Indicator> departmentIndicators = readIndicators(indicatorSheet, projects);
        if (!problems.isEmpty()) {
            return ReadForm.failed(problems);
        }
        TargetDocument document = new TargetDocument(part.overallGoal, part.subGoals, part.safeguards,
                departmentIndicators, projects.stream().map(ProjectRow::toProject).toList());
        return new ReadForm(part.header, document, List.of());
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(new CellProblem(name + "!A1", "缺少工作表“" + name + "”，请使用从本平台下载的模板"));
        } else if (sheet.getLastRowNum() > MAX_ROWS) {
            problems.add(new CellProblem(name + "!A" + (MAX_ROWS + 2), "工作表“" + name + "”最多 " + MAX_ROWS + " 行"));
            return null;
        }
        return sheet;
    }

    // ---------------------------------------------------------------------------------- 部门信息

    private static final class DepartmentPart {
        FormHeader header;
        String overallGoal;
        String safeguards;
        final List<String> subGoals = new ArrayList<>();
    }

    private DepartmentPart readDepartment(Sheet sheet) {
        Map<String, Cell> values = new HashMap<>();
        Map<String, String> places = new HashMap<>();
        DepartmentPart part = new DepartmentPart();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String label = cells.text(row.getCell(0));
            if (label == null) {
                continue;
            }
            String key = key(label);
            Cell content = row.getCell(1);
            if (SUB_GOAL.equals(key)) {
                String goal = cells.text(content);
                if (goal != null) {
                    part.subGoals.add(goal);
                }
            } else if (!values.containsKey(key)) {
                values.put(key, content);
                places.put(key, FormCells.ref(sheet, r, 1));
            }
        }
        String yearAt = places.getOrDefault(FISCAL_YEAR, DEPARTMENT_SHEET + "!B2");
        String regionAt = places.getOrDefault(REGION_CODE, DEPARTMENT_SHEET + "!B3");
        String departmentAt = places.getOrDefault(DEPARTMENT_CODE, DEPARTMENT_SHEET + "!B4");
        String nameAt = places.getOrDefault(DEPARTMENT_NAME, DEPARTMENT_SHEET + "!B5");

        Integer fiscalYear = null;
        String yearText = cells.text(values.get(FISCAL_YEAR));
        if (yearText == null) {
            problems.add(new CellProblem(yearAt, "请填写预算年度，如 2021"));
        } else {
            String digits = yearText.replace("年", "").strip();
            if (digits.matches("\\d{4}") && Integer.parseInt(digits) >= 2000 && Integer.parseInt(digits) <= 2100) {
                fiscalYear = Integer.parseInt(digits);
            } else {
                problems.add(new CellProblem(yearAt, "预算年度应为 2000 至 2100 之间的四位年份，如 2021"));
            }
        }
        String regionCode = cells.text(values.get(REGION_CODE));
        if (regionCode == null) {
            problems.add(new CellProblem(regionAt, "请填写行政区划代码"));
        } else if (!regionCode.matches("\\d{6}")) {
            problems.add(new CellProblem(regionAt, "行政区划代码应为 6 位数字（县级），如 130607"));
        }
        String departmentCode = cells.text(values.get(DEPARTMENT_CODE));
        if (departmentCode == null) {
            problems.add(new CellProblem(departmentAt, "请填写部门（预算单位）编码"));
        } else if (!departmentCode.matches("[A-Za-z0-9-]{1,40}")) {
            problems.add(new CellProblem(departmentAt, "部门编码只能包含字母、数字和 -，最多 40 个字符"));
        }
        String departmentName = cells.text(values.get(DEPARTMENT_NAME));
        if (departmentName == null) {
            problems.add(new CellProblem(nameAt, "请填写部门名称"));
        } else if (departmentName.length() > 200) {
            problems.add(new CellProblem(nameAt, "部门名称最多 200 个字符"));
        }
        part.header = new FormHeader(fiscalYear, regionCode, departmentCode, departmentName);
        part.overallGoal = cells.text(values.get(OVERALL_GOAL));
        part.safeguards = cells.text(values.get(SAFEGUARDS));
        return part;
    }

    // -------------------------------------------------------------------------------------- 项目

    private final class ProjectRow {
        final int rowNumber;
        String code;
        String name;
        Budget budget;
        String purpose;
        DisbursementPlan plan;
        List<String> goals = List.of();
        boolean classified;
        final List<Indicator> indicators = new ArrayList<>();

        ProjectRow(int rowNumber) {
            this.rowNumber = rowNumber;
        }

        Project toProject() {
            return new Project(code, name, budget, purpose, plan, goals, classified, indicators);
        }
    }

    private List<ProjectRow> readProjects(Sheet sheet) {
        int[] columns = columns(sheet, PROJECT_COLUMNS);
        List<ProjectRow> projects = new ArrayList<>();
        if (columns == null) {
            return projects;
        }
        Map<String, Integer> codes = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (blank(row, columns)) {
                continue;
            }
            ProjectRow project = new ProjectRow(r + 1);
            project.code = cells.text(FormCells.cell(row, columns[P_CODE]));
            project.name = cells.text(FormCells.cell(row, columns[P_NAME]));
            BigDecimal total = cells.number(sheet, row, columns[P_TOTAL], "预算数应为数字（万元）");
            BigDecimal fiscal = cells.number(sheet, row, columns[P_FISCAL], "财政资金应为数字（万元）");
            BigDecimal other = cells.number(sheet, row, columns[P_OTHER], "其他资金应为数字（万元）");
            project.budget = total == null && fiscal == null && other == null ? null : new Budget(total, fiscal, other);
            project.purpose = cells.text(FormCells.cell(row, columns[P_PURPOSE]));
            BigDecimal mar = percent(sheet, row, columns[P_MAR], "3月底");
            BigDecimal jun = percent(sheet, row, columns[P_JUN], "6月底");
            BigDecimal oct = percent(sheet, row, columns[P_OCT], "10月底");
            BigDecimal dec = percent(sheet, row, columns[P_DEC], "12月底");
            project.plan = mar == null && jun == null && oct == null && dec == null ? null
                    : new DisbursementPlan(mar, jun, oct, dec);
            project.goals = FormCells.lines(cells.text(FormCells.cell(row, columns[P_GOALS])));
            project.classified = classified(sheet, row, columns[P_CLASSIFIED]);
            if (project.code != null) {
                Integer earlier = codes.putIfAbsent(project.code, project.rowNumber);
                if (earlier != null) {
                    problems.add(new CellProblem(FormCells.ref(sheet, r, columns[P_CODE]),
                            "项目编码“" + project.code + "”与第 " + earlier + " 行重复"));
                }
            }
            projects.add(project);
        }
        return projects;
    }

    private BigDecimal percent(Sheet sheet, Row row, int column, String label) {
        return cells.number(sheet, row, column, label + "支出计划应为数字（累计支出比例，%）");
    }

    private boolean classified(Sheet sheet, Row row, int column) {
        String value = cells.text(FormCells.cell(row, column));
        if (value == null) {
            return false;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (YES.contains(upper)) {
            return true;
        }
        if (!NO.contains(upper)) {
            problems.add(new CellProblem(FormCells.ref(sheet, row.getRowNum(), column),
                    "是否涉密应填“是”或“否”，实际为“" + value + "”"));
        }
        return false;
    }

    // ---------------------------------------------------------------------------------- 绩效指标

    private List<Indicator> readIndicators(Sheet sheet, List<ProjectRow> projects) {
        int[] columns = columns(sheet, INDICATOR_COLUMNS);
        List<Indicator> departmentIndicators = new ArrayList<>();
        if (columns == null) {
            return departmentIndicators;
        }
        Map<String, ProjectRow> byCode = new LinkedHashMap<>();
        Map<String, ProjectRow> byName = new LinkedHashMap<>();
        for (ProjectRow project : projects) {
            if (project.code != null) {
                byCode.putIfAbsent(project.code, project);
            }
            if (project.name != null) {
                byName.putIfAbsent(project.name, project);
            }
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (blank(row, columns)) {
                continue;
            }
            String value = cells.text(FormCells.cell(row, columns[I_VALUE]));
            Indicator indicator = new Indicator(cells.text(FormCells.cell(row, columns[I_LEVEL1])),
                    cells.text(FormCells.cell(row, columns[I_LEVEL2])), cells.text(FormCells.cell(row, columns[I_NAME])),
                    cells.text(FormCells.cell(row, columns[I_DESCRIPTION])), value == null ? null : IndicatorValue.of(value),
                    cells.text(FormCells.cell(row, columns[I_BASIS])), cells.text(FormCells.cell(row, columns[I_SCORING])));
            String projectKey = cells.text(FormCells.cell(row, columns[I_PROJECT]));
            if (projectKey == null) {
                departmentIndicators.add(indicator);
                continue;
            }
            ProjectRow project = byCode.getOrDefault(projectKey, byName.get(projectKey));
            if (project == null) {
                problems.add(new CellProblem(FormCells.ref(sheet, r, columns[I_PROJECT]),
                        "项目编码“" + projectKey + "”在“项目”表中不存在（部门整体绩效指标请留空）"));
            } else {
                project.indicators.add(indicator);
            }
        }
        return departmentIndicators;
    }

    // -------------------------------------------------------------------------------------- cells

    /** Positions of the expected columns, found by their labels in row 1; null (and problems) if some are missing. */
    private int[] columns(Sheet sheet, List<Column> expected) {
        Row header = sheet.getRow(0);
        Map<String, Integer> found = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String label = cells.text(cell);
                if (label != null) {
                    found.putIfAbsent(key(label), cell.getColumnIndex());
                }
            }
        }
        int[] columns = new int[expected.size()];
        boolean complete = true;
        for (int i = 0; i < expected.size(); i++) {
            Integer at = found.get(expected.get(i).key());
            if (at == null) {
                problems.add(new CellProblem(FormCells.ref(sheet, 0, i), "第 1 行缺少列“" + expected.get(i).label() + "”，请勿修改表头"));
                complete = false;
            } else {
                columns[i] = at;
            }
        }
        return complete ? columns : null;
    }

    private boolean blank(Row row, int[] columns) {
        if (row == null) {
            return true;
        }
        for (int column : columns) {
            if (cells.text(row.getCell(column)) != null) {
                return false;
            }
        }
        return true;
    }
}
