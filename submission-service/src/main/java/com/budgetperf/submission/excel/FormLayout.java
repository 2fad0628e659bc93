package com.budgetperf.submission.excel;

import java.util.List;
import java.util.Set;

import com.budgetperf.submission.domain.document.Project;

/**
 * The layout of the official form, shared by its writer and its reader: sheet names, labels and columns (a
 * column's label before "（" is what reading matches), the words read as 是/否, and how a project is named on
 * the 绩效指标 sheet.
 */
final class FormLayout {

    private FormLayout() {
    }

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
    record Column(String label, int width) {
        String key() {
            return FormLayout.key(label);
        }
    }

    static final List<Column> PROJECT_COLUMNS = List.of(
            new Column("项目编码", 16), new Column("项目名称", 28), new Column("预算数（万元）", 16),
            new Column("财政资金（万元）", 16), new Column("其他资金（万元）", 16), new Column("资金用途", 36),
            new Column("3月底（%）", 10), new Column("6月底（%）", 10), new Column("10月底（%）", 10),
            new Column("12月底（%）", 10), new Column("绩效目标（每行一条）", 48), new Column("是否涉密（是/否）", 12));
    static final int P_CODE = 0, P_NAME = 1, P_TOTAL = 2, P_FISCAL = 3, P_OTHER = 4, P_PURPOSE = 5, P_MAR = 6,
            P_JUN = 7, P_OCT = 8, P_DEC = 9, P_GOALS = 10, P_CLASSIFIED = 11;

    static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column("项目编码（部门整体指标留空）", 18), new Column("一级指标", 14), new Column("二级指标", 18),
            new Column("三级指标", 28), new Column("绩效指标描述", 36), new Column("指标值", 16),
            new Column("指标值确定依据", 18), new Column("评（扣）分标准", 36));
    static final int I_PROJECT = 0, I_LEVEL1 = 1, I_LEVEL2 = 2, I_NAME = 3, I_DESCRIPTION = 4, I_VALUE = 5,
            I_BASIS = 6, I_SCORING = 7;

    /** Rows read per sheet at most (DocumentShape limits the document itself). */
    static final int MAX_ROWS = 20_000;

    static final Set<String> YES = Set.of("是", "涉密", "Y", "YES", "TRUE", "1");
    static final Set<String> NO = Set.of("否", "不涉密", "非涉密", "N", "NO", "FALSE", "0");

    /** How the 绩效指标 sheet names a project: its code, or its name when it has none. */
    static String projectKey(Project project) {
        return project.code() != null && !project.code().isBlank() ? project.code().strip()
                : project.name() == null ? null : project.name().strip();
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
