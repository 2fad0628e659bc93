package com.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between the version a reviewer returned and the resubmitted one: projects matched by code (or name
 * when a project has no code), indicators by 二级指标 + name; added, removed, and changed 指标值 or 确定依据.
 */
public final class DocumentChanges {

    private DocumentChanges() {
    }

    public record Document(List<Project> projects) {
        public Document {
            projects = projects == null ? List.of() : List.copyOf(projects);
        }
    }

    public record Project(String code, String name, String budgetTotal, List<Indicator> indicators) {
        public Project {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        String key() {
            return code != null && !code.isBlank() ? "code:" + code.strip() : "name:" + Objects.toString(name, "").strip();
        }

        String label() {
            return name != null && !name.isBlank() ? name : code;
        }
    }

    public record Indicator(String level2, String name, String value, String basis) {
        String key() {
            return Objects.toString(level2, "").strip() + "/" + Objects.toString(name, "").strip();
        }
    }

    public enum Kind {
        ADDED("新增"), REMOVED("删除"), CHANGED("修改");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param path    JSON pointer in the new version (in the old one for what was removed)
     * @param field   {@code value}, {@code basis}, {@code budget} for a change; null for an added or removed item
     */
    public record Change(Kind kind, String path, String project, String indicator, String field, String before,
            String after) {
    }

    public static List<Change> between(Document before, Document after) {
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> beforeProjects = index(before.projects().stream().map(Project::key).toList());
        Map<String, Integer> afterProjects = index(after.projects().stream().map(Project::key).toList());
        for (Map.Entry<String, Integer> entry : afterProjects.entrySet()) {
            Project now = after.projects().get(entry.getValue());
            String path = "/projects/" + entry.getValue();
            Integer was = beforeProjects.get(entry.getKey());
            if (was == null) {
                changes.add(new Change(Kind.ADDED, path, now.label(), null, null, null, null));
                continue;
            }
            Project old = before.projects().get(was);
            if (!sameAmount(old.budgetTotal(), now.budgetTotal())) {
                changes.add(new Change(Kind.CHANGED, path, now.label(), null, "budget", old.budgetTotal(), now.budgetTotal()));
            }
            compareIndicators(old, was, now, path, changes);
        }
        for (Map.Entry<String, Integer> entry : beforeProjects.entrySet()) {
            if (!afterProjects.containsKey(entry.getKey())) {
                changes.add(new Change(Kind.REMOVED, "/projects/" + entry.getValue(),
                        before.projects().get(entry.getValue()).label(), null, null, null, null));
            }
        }
        return List.copyOf(changes);
    }

    private static void compareIndicators(Project old, int oldIndex, Project now, String projectPath, List<Change> changes) {
        Map<String, Integer> was = index(old.indicators().stream().map(Indicator::key).toList());
        Map<String, Integer> is = index(now.indicators().stream().map(Indicator::key).toList());
        for (Map.Entry<String, Integer> entry : is.entrySet()) {
            Indicator current = now.indicators().get(entry.getValue());
            String path = projectPath + "/indicators/" + entry.getValue();
            Integer before = was.get(entry.getKey());
            if (before == null) {
                changes.add(new Change(Kind.ADDED, path, now.label(), current.name(), null, null, current.value()));
                continue;
            }
            Indicator previous = old.indicators().get(before);
            if (!same(previous.value(), current.value())) {
                changes.add(new Change(Kind.CHANGED, path, now.label(), current.name(), "value", previous.value(),
                        current.value()));
            }
            if (!same(previous.basis(), current.basis())) {
                changes.add(new Change(Kind.CHANGED, path, now.label(), current.name(), "basis", previous.basis(),
                        current.basis()));
            }
        }
        for (Map.Entry<String, Integer> entry : was.entrySet()) {
            if (!is.containsKey(entry.getKey())) {
                Indicator removed = old.indicators().get(entry.getValue());
                changes.add(new Change(Kind.REMOVED, "/projects/" + oldIndex + "/indicators/" + entry.getValue(), now.label(), removed.name(), null, removed.value(), null));
            }
        }
    }

    /** First position of each key, in document order. */
    private static Map<String, Integer> index(List<String> keys) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.putIfAbsent(keys.get(i), i);
        }
        return index;
    }

    private static boolean sameAmount(String a, String b) {
        try {
            return a != null && b != null ? new java.math.BigDecimal(a.strip()).compareTo(new java.math.BigDecimal(b.strip())) == 0
                    : same(a, b);
        } catch (NumberFormatException e) {
            return same(a, b);
        }
    }

    private static boolean same(String a, String b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
