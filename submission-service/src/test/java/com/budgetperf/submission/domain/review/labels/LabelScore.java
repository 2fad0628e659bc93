package com.budgetperf.submission.domain.review.labels;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.MachineReview;
import com.budgetperf.submission.domain.review.RuleSet;
import com.budgetperf.submission.domain.review.StandardRules;

/**
 * Precision and recall of machine-review findings against reviewer labels, per label kind and overall. A finding
 * counts for the kinds its rule answers (rule-label-kinds.json): it is a hit when a defect of that kind points at
 * its row (or an {@code also} row; for plan, goals, budget and project kinds: the same table), neither when only an
 * arguable ({@code unsure}) label does, and a false alarm otherwise. Findings of rules that answer no kind are
 * counted apart.
 */
public final class LabelScore {

    private static final Pattern ROW = Pattern.compile("^/projects/(\\d+)/indicators/(\\d+)(?:/.*)?$");
    private static final Pattern DEPARTMENT_ROW = Pattern.compile("^/departmentIndicators/(\\d+)(?:/.*)?$");
    private static final Pattern PROJECT_PART = Pattern.compile("^/projects/(\\d+)(?:/([A-Za-z]+))?.*$");

    /** Counts of one kind. */
    public static final class Tally {
        int hits;
        int falseAlarms;
        int arguable;
        int found;
        int labelled;

        public double precision() {
            return hits + falseAlarms == 0 ? Double.NaN : (double) hits / (hits + falseAlarms);
        }

        public double recall() {
            return labelled == 0 ? Double.NaN : (double) found / labelled;
        }

        void add(Tally other) {
            hits += other.hits;
            falseAlarms += other.falseAlarms;
            arguable += other.arguable;
            found += other.found;
            labelled += other.labelled;
        }
    }

    private final Map<String, List<String>> ruleKinds;
    private final Map<String, Tally> byKind = new TreeMap<>();
    private final Map<String, Integer> unmapped = new TreeMap<>();
    private final List<String> falseAlarms = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    public LabelScore(Map<String, List<String>> ruleKinds) {
        this.ruleKinds = ruleKinds;
    }

    /** Reviews every document with the standard rules and the built-in rule set and scores the findings. */
    public static LabelScore reviewed(List<ReviewerLabels> documents) throws IOException {
        MachineReview review = new MachineReview(StandardRules.all());
        LabelScore score = new LabelScore(ReviewerLabels.ruleKinds());
        for (ReviewerLabels labels : documents) {
            score.add(labels, review.review(labels.document(), labels.fiscalYear(), RuleSet.builtIn()).findings());
        }
        return score;
    }

    /** The table followed by every false alarm and every missed label, one a line (for target/*.txt). */
    public String details(String table) {
        return table + "\nFALSE ALARMS\n" + String.join("\n", falseAlarms) + "\n\nMISSED\n" + String.join("\n", missed)
                + "\n";
    }

    /** Scores the findings of one labelled document. */
    public void add(ReviewerLabels labels, List<Finding> findings) {
        Set<ReviewerLabels.Label> found = new HashSet<>();
        for (Finding finding : findings) {
            List<String> kinds = ruleKinds.get(finding.ruleCode());
            if (kinds == null || kinds.isEmpty()) {
                unmapped.merge(finding.ruleCode(), 1, Integer::sum);
                continue;
            }
            String[] at = locate(finding.path());
            ReviewerLabels.Table table = labels.tables().get(at[0]);
            ReviewerLabels.Label hit = table == null ? null : match(table.defects(), kinds, at[1]);
            if (hit != null) {
                found.add(hit);
                tally(hit.code()).hits++;
            } else if (table != null && match(table.unsure(), kinds, at[1]) != null) {
                tally(kinds.get(0)).arguable++;
            } else {
                tally(kinds.get(0)).falseAlarms++;
                falseAlarms.add(labels.stem() + " " + finding.ruleCode() + " " + finding.path() + " " + finding.message());
            }
        }
        labels.tables().forEach((name, table) -> {
            for (ReviewerLabels.Label label : table.defects()) {
                Tally tally = tally(label.code());
                tally.labelled++;
                if (found.contains(label)) {
                    tally.found++;
                } else {
                    missed.add(labels.stem() + " " + name + " " + label.code() + " @" + label.where() + " "
                            + label.field() + "=" + label.evidence());
                }
            }
        });
    }

    private static ReviewerLabels.Label match(List<ReviewerLabels.Label> labels, List<String> kinds, String place) {
        return labels.stream().filter(label -> kinds.contains(label.code()) && label.covers(place)).findFirst()
                .orElse(null);
    }

    /** {table, place}: ("projects/3", "5") for a row, ("projects/3", "plan") for the 资金支出计划, ("document", …). */
    static String[] locate(String path) {
        Matcher row = ROW.matcher(path);
        if (row.matches()) {
            return new String[] {"projects/" + row.group(1), row.group(2)};
        }
        Matcher department = DEPARTMENT_ROW.matcher(path);
        if (department.matches()) {
            return new String[] {"department", department.group(1)};
        }
        Matcher part = PROJECT_PART.matcher(path);
        if (part.matches()) {
            String field = part.group(2) == null ? "project" : switch (part.group(2)) {
                case "disbursementPlan" -> "plan";
                case "goals" -> "goals";
                case "budget" -> "budget";
                default -> "project";
            };
            return new String[] {"projects/" + part.group(1), field};
        }
        return new String[] {"document", "document"};
    }

    private Tally tally(String kind) {
        return byKind.computeIfAbsent(kind, k -> new Tally());
    }

    public Tally overall() {
        Tally total = new Tally();
        byKind.values().forEach(total::add);
        return total;
    }

    public Tally kind(String kind) {
        return byKind.getOrDefault(kind, new Tally());
    }

    public List<String> falseAlarms() {
        return falseAlarms;
    }

    public List<String> missed() {
        return missed;
    }

    /** The table printed by the harness (Markdown, so it can be pasted into the README). */
    public String table(String title) {
        StringBuilder out = new StringBuilder("\n### ").append(title).append("\n\n")
                .append("| kind | labelled | found | recall | findings | hits | false alarms | arguable | precision |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byKind.forEach((kind, tally) -> out.append(line(kind, tally)));
        out.append(line("**overall**", overall()));
        if (!unmapped.isEmpty()) {
            out.append("\nfindings of rules that answer no labelled kind: ").append(unmapped).append('\n');
        }
        return out.toString();
    }

    private static String line(String kind, Tally tally) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %d | %d | %s |%n", kind, tally.labelled,
                tally.found, percent(tally.recall()), tally.hits + tally.falseAlarms + tally.arguable, tally.hits,
                tally.falseAlarms, tally.arguable, percent(tally.precision()));
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
