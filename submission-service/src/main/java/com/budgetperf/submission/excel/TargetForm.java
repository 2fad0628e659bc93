package com.budgetperf.submission.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * The official Excel form of a department's 绩效目标, in the spirit of the Hebei public tables: sheet 部门信息
 * (header and department-wide goals), sheet 项目 (one row per 预算项目: 预算数, 资金用途, 资金支出计划, 绩效目标,
 * 涉密) and sheet 绩效指标 (one row per indicator, linked to its project by 项目编码; empty for department-wide
 * indicators). Amounts are numeric cells read back exactly (BigDecimal from the cell's text), 指标值 stays text
 * as written. Reading never throws for bad content: it reports the cells to fix.
 */
public final class TargetForm {

    public static final String DEPARTMENT_SHEET = "部门信息";
    public static final String PROJECT_SHEET = "项目";
    public static final String INDICATOR_SHEET = "绩效指标";
    public static final String GUIDE_SHEET = "填写说明";

    static final String FISCAL_YEAR = "预算年度";
    static final String REGION_CODE = "行政区划代码";
    static final String DEPARTMENT_CODE = "部门编码";
    static final String DEPARTMENT_NAME = "部门名称";
    static final String OVERALL_GOAL = "部门整体绩效目标";
    static final String SUB_GOAL = "分目标";
    static final String SAFEGUARDS = "保障措施";

    /** A column: its label (the part before "（" is what reading matches) and width in characters. */
    private record Column(String label, int width) {
        String key() {
            return TargetForm.key(label);
        }
    }

    private static final List<Column> PROJECT_COLUMNS = List.of(
            new Column("项目编码", 16), new Column("项目名称", 28), new Column("预算数（万元）", 16),
            new Column("财政资金（万元）", 16), new Column("其他资金（万元）", 16), new Column("资金用途", 36),
            new Column("3月底（%）", 10), new Column("6月底（%）", 10), new Column("10月底（%）", 10),
            new Column("12月底（%）", 10), new Column("绩效目标（每行一条）", 48), new Column("是否涉密（是/否）", 12));
    private static final int P_CODE = 0, P_NAME = 1, P_TOTAL = 2, P_FISCAL = 3, P_OTHER = 4, P_PURPOSE = 5, P_MAR = 6,
            P_JUN = 7, P_OCT = 8, P_DEC = 9, P_GOALS = 10, P_CLASSIFIED = 11;

    private static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column("项目编码（部门整体指标留空）", 18), new Column("一级指标", 14), new Column("二级指标", 18),
            new Column("三级指标", 28), new Column("绩效指标描述", 36), new Column("指标值", 16),
            new Column("指标值确定依据", 18), new Column("评（扣）分标准", 36));
    private static final int I_PROJECT = 0, I_LEVEL1 = 1, I_LEVEL2 = 2, I_NAME = 3, I_DESCRIPTION = 4, I_VALUE = 5,
            I_BASIS = 6, I_SCORING = 7;

    /** Rows read per sheet at most (DocumentShape limits the document itself). */
    static final int MAX_ROWS = 20_000;

    private static final Set<String> YES = Set.of("是", "涉密", "Y", "YES", "TRUE", "1");
    private static final Set<String> NO = Set.of("否", "不涉密", "非涉密", "N", "NO", "FALSE", "0");

    // ------------------------------------------------------------------------------------------------ write

    public byte[] write(FormHeader header, TargetDocument document) {
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

    /** How the 绩效指标 sheet names a project: its code, or its name when it has none. */
    static String projectKey(Project project) {
        return project.code() != null && !project.code().isBlank() ? project.code().strip()
                : project.name() == null ? null : project.name().strip();
    }

    // ------------------------------------------------------------------------------------------------- read

    /** Reads an uploaded workbook; never throws for bad content (unreadable files are one problem). */
    public ReadForm read(InputStream xlsx) {
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
            return new Reader(workbook).read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return ReadForm.failed(List.of(new CellProblem("文件", "无法读取该文件的内容：" + e.getMessage())));
        }
    }

    private static final class Reader {
        private final Workbook workbook;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<CellProblem> problems = new ArrayList<>();

        Reader(Workbook workbook) {
            this.workbook = workbook;
        }

        ReadForm read() {
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
                String label = text(row.getCell(0));
                if (label == null) {
                    continue;
                }
                String key = key(label);
                Cell content = row.getCell(1);
                if (SUB_GOAL.equals(key)) {
                    String goal = text(content);
                    if (goal != null) {
                        part.subGoals.add(goal);
                    }
                } else if (!values.containsKey(key)) {
                    values.put(key, content);
                    places.put(key, ref(sheet, r, 1));
                }
            }
            String yearAt = places.getOrDefault(FISCAL_YEAR, DEPARTMENT_SHEET + "!B2");
            String regionAt = places.getOrDefault(REGION_CODE, DEPARTMENT_SHEET + "!B3");
            String departmentAt = places.getOrDefault(DEPARTMENT_CODE, DEPARTMENT_SHEET + "!B4");
            String nameAt = places.getOrDefault(DEPARTMENT_NAME, DEPARTMENT_SHEET + "!B5");

            Integer fiscalYear = null;
            String yearText = text(values.get(FISCAL_YEAR));
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
            String regionCode = text(values.get(REGION_CODE));
            if (regionCode == null) {
                problems.add(new CellProblem(regionAt, "请填写行政区划代码"));
            } else if (!regionCode.matches("\\d{6}")) {
                problems.add(new CellProblem(regionAt, "行政区划代码应为 6 位数字（县级），如 130607"));
            }
            String departmentCode = text(values.get(DEPARTMENT_CODE));
            if (departmentCode == null) {
                problems.add(new CellProblem(departmentAt, "请填写部门（预算单位）编码"));
            } else if (!departmentCode.matches("[A-Za-z0-9-]{1,40}")) {
                problems.add(new CellProblem(departmentAt, "部门编码只能包含字母、数字和 -，最多 40 个字符"));
            }
            String departmentName = text(values.get(DEPARTMENT_NAME));
            if (departmentName == null) {
                problems.add(new CellProblem(nameAt, "请填写部门名称"));
            } else if (departmentName.length() > 200) {
                problems.add(new CellProblem(nameAt, "部门名称最多 200 个字符"));
            }
            part.header = new FormHeader(fiscalYear, regionCode, departmentCode, departmentName);
            part.overallGoal = text(values.get(OVERALL_GOAL));
            part.safeguards = text(values.get(SAFEGUARDS));
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
                project.code = text(cell(row, columns[P_CODE]));
                project.name = text(cell(row, columns[P_NAME]));
                BigDecimal total = number(sheet, row, columns[P_TOTAL], "预算数应为数字（万元）");
                BigDecimal fiscal = number(sheet, row, columns[P_FISCAL], "财政资金应为数字（万元）");
                BigDecimal other = number(sheet, row, columns[P_OTHER], "其他资金应为数字（万元）");
                project.budget = total == null && fiscal == null && other == null ? null : new Budget(total, fiscal, other);
                project.purpose = text(cell(row, columns[P_PURPOSE]));
                BigDecimal mar = percent(sheet, row, columns[P_MAR], "3月底");
                BigDecimal jun = percent(sheet, row, columns[P_JUN], "6月底");
                BigDecimal oct = percent(sheet, row, columns[P_OCT], "10月底");
                BigDecimal dec = percent(sheet, row, columns[P_DEC], "12月底");
                project.plan = mar == null && jun == null && oct == null && dec == null ? null
                        : new DisbursementPlan(mar, jun, oct, dec);
                project.goals = lines(text(cell(row, columns[P_GOALS])));
                project.classified = classified(sheet, row, columns[P_CLASSIFIED]);
                if (project.code != null) {
                    Integer earlier = codes.putIfAbsent(project.code, project.rowNumber);
                    if (earlier != null) {
                        problems.add(new CellProblem(ref(sheet, r, columns[P_CODE]),
                                "项目编码“" + project.code + "”与第 " + earlier + " 行重复"));
                    }
                }
                projects.add(project);
            }
            return projects;
        }

        private BigDecimal percent(Sheet sheet, Row row, int column, String label) {
            return number(sheet, row, column, label + "支出计划应为数字（累计支出比例，%）");
        }

        private boolean classified(Sheet sheet, Row row, int column) {
            String value = text(cell(row, column));
            if (value == null) {
                return false;
            }
            String upper = value.toUpperCase(Locale.ROOT);
            if (YES.contains(upper)) {
                return true;
            }
            if (!NO.contains(upper)) {
                problems.add(new CellProblem(ref(sheet, row.getRowNum(), column),
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
                String value = text(cell(row, columns[I_VALUE]));
                Indicator indicator = new Indicator(text(cell(row, columns[I_LEVEL1])),
                        text(cell(row, columns[I_LEVEL2])), text(cell(row, columns[I_NAME])),
                        text(cell(row, columns[I_DESCRIPTION])), value == null ? null : IndicatorValue.of(value),
                        text(cell(row, columns[I_BASIS])), text(cell(row, columns[I_SCORING])));
                String projectKey = text(cell(row, columns[I_PROJECT]));
                if (projectKey == null) {
                    departmentIndicators.add(indicator);
                    continue;
                }
                ProjectRow project = byCode.getOrDefault(projectKey, byName.get(projectKey));
                if (project == null) {
                    problems.add(new CellProblem(ref(sheet, r, columns[I_PROJECT]),
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
                    String label = text(cell);
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
                    problems.add(new CellProblem(ref(sheet, 0, i), "第 1 行缺少列“" + expected.get(i).label() + "”，请勿修改表头"));
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
                if (text(row.getCell(column)) != null) {
                    return false;
                }
            }
            return true;
        }

        private static Cell cell(Row row, int column) {
            return row.getCell(column);
        }

        /** The cell as the clerk sees it, stripped; null when empty. */
        private String text(Cell cell) {
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
        private BigDecimal number(Sheet sheet, Row row, int column, String message) {
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
            String cleaned = halfWidth(text).replace(",", "").replace(" ", "").replace("万元", "").replace("%", "");
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

        private static String halfWidth(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (c >= 0xFF01 && c <= 0xFF5E) {
                    out.appendCodePoint(c - 0xFEE0);
                } else if (c == 0x3000) {
                    out.append(' ');
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString().replace("，", ",");
        }

        private static List<String> lines(String text) {
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

        private static String ref(Sheet sheet, int row, int column) {
            return sheet.getSheetName() + "!" + CellReference.convertNumToColString(column) + (row + 1);
        }
    }

    /** The part of a label before its parenthesised hint: "预算数（万元）" → "预算数". */
    static String key(String label) {
        String stripped = label.strip();
        int cut = stripped.length();
        for (String open : new String[] { "（", "(" }) {
            int at = stripped.indexOf(open);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return stripped.substring(0, cut).strip();
    }
}
