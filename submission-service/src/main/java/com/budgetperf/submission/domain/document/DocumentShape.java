package com.budgetperf.submission.domain.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Limits a document must keep to be accepted at all (what is refused with 422, as opposed to what the machine
 * review flags): sane numbers of projects, rows and goal lines, sane text lengths and no control characters,
 * and amounts in 万元 from 0 to 10¹² with at most 6 decimals. The 资金支出计划 shares get the same bounds:
 * a share above 100 (an amount typed into the plan) stays a machine-review finding, a negative one is refused.
 */
public final class DocumentShape {

    public static final int MAX_PROJECTS = 300;
    public static final int MAX_INDICATORS = 200;
    public static final int MAX_GOALS = 50;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 200;
    /** The split 指标值 columns 符号 and 单位. */
    public static final int MAX_SYMBOL = 20;
    public static final int MAX_UNIT = 20;
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(12);
    public static final int MAX_DECIMALS = 6;

    /** A place in the document that breaks a limit, with a message for the clerk. */
    public record Violation(String pointer, String message) {
    }

    private DocumentShape() {
    }

    public static List<Violation> violations(TargetDocument document) {
        List<Violation> violations = new ArrayList<>();
        if (document == null) {
            violations.add(new Violation("/document", "请提供绩效目标内容（document）"));
            return violations;
        }
        text(violations, "/document/overallGoal", document.overallGoal(), MAX_TEXT);
        text(violations, "/document/safeguards", document.safeguards(), MAX_TEXT);
        count(violations, "/document/subGoals", document.subGoals().size(), MAX_GOALS, "条部门分目标");
        for (int i = 0; i < document.subGoals().size(); i++) {
            text(violations, "/document/subGoals/" + i, document.subGoals().get(i), MAX_TEXT);
        }
        indicators(violations, "/document/departmentIndicators", document.departmentIndicators());
        count(violations, "/document/projects", document.projects().size(), MAX_PROJECTS, "个项目");
        for (int i = 0; i < Math.min(document.projects().size(), MAX_PROJECTS); i++) {
            Project project = document.projects().get(i);
            String at = "/document/projects/" + i;
            if (project == null) {
                violations.add(new Violation(at, "项目不能为 null"));
                continue;
            }
            text(violations, at + "/code", project.code(), 60);
            text(violations, at + "/name", project.name(), MAX_NAME);
            text(violations, at + "/purpose", project.purpose(), MAX_TEXT);
            if (project.budget() != null) {
                amount(violations, at + "/budget/total", project.budget().total());
                amount(violations, at + "/budget/fiscal", project.budget().fiscal());
                amount(violations, at + "/budget/other", project.budget().other());
            }
            if (project.disbursementPlan() != null) {
                for (DisbursementPlan.Milestone milestone : project.disbursementPlan().milestones()) {
                    amount(violations, at + "/disbursementPlan/" + milestone.field(), milestone.share());
                }
            }
            count(violations, at + "/goals", project.goals().size(), MAX_GOALS, "条绩效目标");
            for (int g = 0; g < project.goals().size(); g++) {
                text(violations, at + "/goals/" + g, project.goals().get(g), MAX_TEXT);
            }
            indicators(violations, at + "/indicators", project.indicators());
        }
        return violations;
    }

    private static void indicators(List<Violation> violations, String at, List<Indicator> indicators) {
        count(violations, at, indicators.size(), MAX_INDICATORS, "行指标");
        for (int j = 0; j < Math.min(indicators.size(), MAX_INDICATORS); j++) {
            Indicator row = indicators.get(j);
            String here = at + "/" + j;
            if (row == null) {
                violations.add(new Violation(here, "指标行不能为 null（空行请写成 {}）"));
                continue;
            }
            text(violations, here + "/level1", row.level1(), 50);
            text(violations, here + "/level2", row.level2(), 50);
            text(violations, here + "/name", row.name(), MAX_NAME);
            text(violations, here + "/description", row.description(), MAX_TEXT);
            text(violations, here + "/basis", row.basis(), MAX_TEXT);
            text(violations, here + "/scoring", row.scoring(), MAX_TEXT);
            if (row.value() != null) {
                text(violations, here + "/value/raw", row.value().raw(), MAX_NAME);
                text(violations, here + "/value/symbol", row.value().symbol(), MAX_SYMBOL);
                text(violations, here + "/value/number", row.value().number(), 60);
                text(violations, here + "/value/unit", row.value().unit(), MAX_UNIT);
            }
        }
    }

    private static void count(List<Violation> violations, String at, int size, int max, String what) {
        if (size > max) {
            violations.add(new Violation(at, "最多 " + max + " " + what + "，实际 " + size));
        }
    }

    private static void text(List<Violation> violations, String at, String text, int max) {
        if (text != null && text.length() > max) {
            violations.add(new Violation(at, "最多 " + max + " 个字符，实际 " + text.length() + " 个"));
        } else if (text != null && !plain(text)) {
            violations.add(new Violation(at, "不能包含控制字符（如 NUL、ESC）或无效的 Unicode 字符"));
        }
    }

    /**
     * 0 ≤ amount ≤ 10¹², at most 6 decimals. Magnitude first: {@code compareTo} looks at precision and scale only,
     * so a number written with a huge exponent is refused without being expanded.
     */
    private static void amount(List<Violation> violations, String at, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            violations.add(new Violation(at, "金额不能为负数"));
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            violations.add(new Violation(at, "不能超过 10¹²（万元）"));
        } else if (amount.scale() > MAX_DECIMALS && amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            violations.add(new Violation(at, "最多 " + MAX_DECIMALS + " 位小数"));
        }
    }

    /** No C0/C1 control character except tab and line breaks, no lone surrogate, no non-character U+FFFE/U+FFFF. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE'
                    || c == '\uFFFF') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
