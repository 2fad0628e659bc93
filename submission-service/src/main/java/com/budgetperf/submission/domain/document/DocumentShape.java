package com.budgetperf.submission.domain.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Limits a document must keep to be accepted at all (what is refused with 422, as opposed to what the machine
 * review flags): sane numbers of projects, rows and goal lines, and sane text lengths.
 */
public final class DocumentShape {

    public static final int MAX_PROJECTS = 300;
    public static final int MAX_INDICATORS = 200;
    public static final int MAX_GOALS = 50;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 200;

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
                text(violations, here + "/value/number", row.value().number(), 60);
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
        }
    }
}
