package com.budgetperf.submission.excel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout of the official form, shared by its writer and its reader, after the Hebei public tables: sheet
 * 部门整体 (department header, goals and the department-wide indicator table), one 项目支出绩效目标表 per project
 * (项目编码/名称, 主管部门, 预算规模及资金用途, 资金支出计划（%）, 绩效目标 lines, the 一级/二级/三级 grid) and 填表说明.
 * Every table is seven columns wide (A–G). Reading finds everything by its label, never by a fixed row, so rows
 * inserted or deleted by a clerk do not matter; a label is compared without spaces, brackets and "其中：".
 */
final class FormLayout {

    private FormLayout() {
    }

    static final String DEPARTMENT_SHEET = "部门整体";
    static final String GUIDE_SHEET = "填表说明";
    static final String FINDINGS_SHEET = "机审意见";
    /** Sheets that are never read as project tables. */
    static final Set<String> NOT_PROJECTS = Set.of(DEPARTMENT_SHEET, GUIDE_SHEET, FINDINGS_SHEET);

    static final String DEPARTMENT_TITLE = "部门整体绩效目标表";
    static final String PROJECT_TITLE = "项目支出绩效目标表";
    static final String DEPARTMENT_GRID_TITLE = "部门整体绩效指标";
    static final int COLUMNS = 7;

    // 部门整体
    static final String FISCAL_YEAR = "预算年度";
    static final String REGION_CODE = "行政区划代码";
    static final String DEPARTMENT_CODE = "部门编码";
    static final String DEPARTMENT_NAME = "部门名称";
    static final String OVERALL_GOAL = "总体绩效目标";
    static final String SUB_GOALS = "分项绩效目标";
    static final String SAFEGUARDS = "工作保障措施";

    // 项目支出绩效目标表
    static final String PROJECT_CODE = "项目编码";
    static final String PROJECT_NAME = "项目名称";
    static final String SUPERVISOR = "主管部门";
    static final String CLASSIFIED = "是否涉密";
    static final String BUDGET_BLOCK = "预算规模及资金用途";
    static final String TOTAL = "预算数";
    static final String FISCAL = "其中：财政资金";
    static final String OTHER = "其他资金";
    static final String PLAN = "资金支出计划（%）";
    static final List<String> MONTHS = List.of("3月底", "6月底", "10月底", "12月底");
    static final String GOALS = "绩效目标";
    static final String UNIT_NOTE = "单位：万元";
    /** The row under a grid ("注：…"): where the grid ends, so blank rows above it are kept as blank rows. */
    static final String NOTE = "注：空白的指标行按空行报送（机审会提示），不需要的行请整行删除；一级、二级指标按本年度指标框架填写。";

    // the indicator grid
    static final int LEVEL1 = 0, LEVEL2 = 1, NAME = 2, DESCRIPTION = 3, VALUE = 4, BASIS = 5, SCORING = 6;
    static final List<String> GRID_HEADERS = List.of("一级指标", "二级指标", "三级指标", "绩效指标描述（指标解释）", "指标值",
            "指标值确定依据（取值依据）", "评（扣）分标准");
    static final int[] GRID_WIDTHS = { 12, 16, 24, 34, 16, 26, 22 };
    /** Header words read as each grid column (after {@link #label}). */
    static final Map<String, Integer> GRID_LABELS = Map.ofEntries(
            Map.entry("一级指标", LEVEL1), Map.entry("二级指标", LEVEL2), Map.entry("三级指标", NAME),
            Map.entry("绩效指标描述", DESCRIPTION), Map.entry("指标解释", DESCRIPTION), Map.entry("指标说明", DESCRIPTION),
            Map.entry("指标值", VALUE), Map.entry("指标值确定依据", BASIS), Map.entry("取值依据", BASIS),
            Map.entry("指标值设定依据", BASIS), Map.entry("评分标准", SCORING));
    /** The JSON field each grid column holds. */
    static final List<String> GRID_FIELDS = List.of("level1", "level2", "name", "description", "value", "basis", "scoring");

    /** Rows read per sheet at most (DocumentShape limits the document itself). */
    static final int MAX_ROWS = 20_000;

    static final Set<String> YES = Set.of("是", "涉密", "Y", "YES", "TRUE", "1");
    static final Set<String> NO = Set.of("否", "不涉密", "非涉密", "N", "NO", "FALSE", "0");

    private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");

    /** A label as reading compares it: "其中：财政资金" → "财政资金", "资金支出计划（%）" → "资金支出计划". */
    static String label(String text) {
        if (text == null) {
            return "";
        }
        String plain = SPACES.matcher(BRACKETED.matcher(text).replaceAll("")).replaceAll("");
        if (plain.startsWith("其中：") || plain.startsWith("其中:")) {
            plain = plain.substring(3);
        }
        while (plain.endsWith("：") || plain.endsWith(":")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return plain;
    }

    /** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\), unique in {@code taken}. */
    static String sheetName(String wanted, Set<String> taken) {
        String clean = wanted.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        String name = clean.length() > 31 ? clean.substring(0, 31).strip() : clean;
        for (int n = 2; taken.contains(name); n++) {
            String suffix = "(" + n + ")";
            name = (clean.length() > 31 - suffix.length() ? clean.substring(0, 31 - suffix.length()) : clean) + suffix;
        }
        taken.add(name);
        return name;
    }
}
