package com.budgetperf.submission.domain.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a document, per project and per indicator row. Projects are matched
 * by code (by name when the code is missing), rows by 二级 and 三级 name, so a reordered table is no change.
 */
public final class DocumentDiff {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One change. {@code path} points into the newer version (into the older one for removals); {@code project}
     * and {@code indicator} name what changed for people; {@code field} is null for whole projects or rows.
     */
    public record Change(Kind kind, String path, String project, String indicator, String field, String before,
            String after) {
    }

    private DocumentDiff() {
    }

    public static List<Change> between(TargetDocument older, TargetDocument newer) {
        List<Change> changes = new ArrayList<>();
        field(changes, "/overallGoal", null, null, "overallGoal", older.overallGoal(), newer.overallGoal());
        field(changes, "/safeguards", null, null, "safeguards", older.safeguards(), newer.safeguards());
        field(changes, "/subGoals", null, null, "subGoals", String.join("\n", older.subGoals()),
                String.join("\n", newer.subGoals()));
        rows(changes, "/departmentIndicators", null, older.departmentIndicators(), newer.departmentIndicators());

        Map<String, Located<Project>> before = index(older.projects(), "/projects", DocumentDiff::projectKey);
        Map<String, Located<Project>> after = index(newer.projects(), "/projects", DocumentDiff::projectKey);
        for (Map.Entry<String, Located<Project>> entry : after.entrySet()) {
            Located<Project> now = entry.getValue();
            Located<Project> was = before.get(entry.getKey());
            if (was == null) {
                changes.add(new Change(Kind.ADDED, now.path(), now.item().displayName(), null, null, null, null));
            } else {
                project(changes, was.item(), now);
            }
        }
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(Kind.REMOVED, was.path(), was.item().displayName(), null, null, null, null));
            }
        });
        return changes;
    }

    private record Located<T>(String path, T item) {
    }

    private static void project(List<Change> changes, Project was, Located<Project> located) {
        Project now = located.item();
        String at = located.path();
        String name = now.displayName();
        field(changes, at + "/name", name, null, "name", was.name(), now.name());
        Budget a = was.budget() == null ? new Budget(null, null, null) : was.budget();
        Budget b = now.budget() == null ? new Budget(null, null, null) : now.budget();
        field(changes, at + "/budget/total", name, null, "budget.total", plain(a.total()), plain(b.total()));
        field(changes, at + "/budget/fiscal", name, null, "budget.fiscal", plain(a.fiscal()), plain(b.fiscal()));
        field(changes, at + "/budget/other", name, null, "budget.other", plain(a.other()), plain(b.other()));
        field(changes, at + "/purpose", name, null, "purpose", was.purpose(), now.purpose());
        field(changes, at + "/disbursementPlan", name, null, "disbursementPlan", plan(was.disbursementPlan()),
                plan(now.disbursementPlan()));
        field(changes, at + "/goals", name, null, "goals", String.join("\n", was.goals()), String.join("\n", now.goals()));
        field(changes, at + "/classified", name, null, "classified", String.valueOf(was.classified()),
                String.valueOf(now.classified()));
        rows(changes, at + "/indicators", name, was.indicators(), now.indicators());
    }

    private static void rows(List<Change> changes, String at, String project, List<Indicator> older,
            List<Indicator> newer) {
        Map<String, Located<Indicator>> before = index(older, at, DocumentDiff::rowKey);
        Map<String, Located<Indicator>> after = index(newer, at, DocumentDiff::rowKey);
        for (Map.Entry<String, Located<Indicator>> entry : after.entrySet()) {
            Located<Indicator> now = entry.getValue();
            Located<Indicator> was = before.get(entry.getKey());
            String name = now.item().name();
            if (was == null) {
                changes.add(new Change(Kind.ADDED, now.path(), project, name, null, null, null));
                continue;
            }
            Indicator a = was.item();
            Indicator b = now.item();
            field(changes, now.path() + "/level1", project, name, "level1", a.level1(), b.level1());
            field(changes, now.path() + "/description", project, name, "description", a.description(), b.description());
            field(changes, now.path() + "/value", project, name, "value", value(a.value()), value(b.value()));
            field(changes, now.path() + "/basis", project, name, "basis", a.basis(), b.basis());
            field(changes, now.path() + "/scoring", project, name, "scoring", a.scoring(), b.scoring());
        }
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                changes.add(new Change(Kind.REMOVED, was.path(), project, was.item().name(), null, null, null));
            }
        });
    }

    private static <T> Map<String, Located<T>> index(List<T> items, String at, java.util.function.Function<T, String> key) {
        Map<String, Located<T>> map = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null || (item instanceof Indicator row && row.isBlank())) {
                continue;
            }
            String base = key.apply(item);
            String unique = base;
            for (int n = 2; map.containsKey(unique); n++) {
                unique = base + "#" + n;
            }
            map.put(unique, new Located<>(at + "/" + i, item));
        }
        return map;
    }

    private static String projectKey(Project project) {
        return project.code() != null && !project.code().isBlank() ? "code:" + project.code().strip()
                : "name:" + project.displayName();
    }

    private static String rowKey(Indicator row) {
        return normal(row.level2()) + "|" + normal(row.name());
    }

    private static void field(List<Change> changes, String path, String project, String indicator, String field,
            String before, String after) {
        if (!Objects.equals(normal(before), normal(after))) {
            changes.add(new Change(Kind.CHANGED, path, project, indicator, field, before, after));
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static String value(IndicatorValue value) {
        return value == null ? null : value.asWritten();
    }

    private static String plan(DisbursementPlan plan) {
        if (plan == null) {
            return null;
        }
        return String.join(" / ", plan.milestones().stream()
                .map(m -> m.label() + " " + m.share().stripTrailingZeros().toPlainString() + "%").toList());
    }
}
