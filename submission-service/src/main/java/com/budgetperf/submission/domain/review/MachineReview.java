package com.budgetperf.submission.domain.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * The machine pre-review (机审): runs every enabled rule of the rule set over a document and scores the
 * result. Pure and deterministic: the same document and rule set always give the same findings.
 */
public final class MachineReview {

    private final List<ReviewRule> rules;

    public MachineReview(List<ReviewRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<ReviewRule> rules() {
        return rules;
    }

    public ReviewResult review(TargetDocument document, int fiscalYear, RuleSet ruleSet) {
        return review(document, fiscalYear, ruleSet, null);
    }

    /** @param framework the fiscal year's 一级/二级 framework, or null when none is known (names only are checked) */
    public ReviewResult review(TargetDocument document, int fiscalYear, RuleSet ruleSet, LevelFramework framework) {
        ReviewContext context = new ReviewContext(document, fiscalYear, ruleSet, framework);
        List<Finding> findings = new ArrayList<>();
        for (ReviewRule rule : rules) {
            if (!ruleSet.enabled(rule)) {
                continue;
            }
            Severity severity = ruleSet.severity(rule);
            rule.check(context, new ReviewRule.FindingSink() {
                @Override
                public void report(String path, String message) {
                    findings.add(new Finding(rule.code(), severity, path, message));
                }

                @Override
                public void reportUnsure(String path, String message) {
                    findings.add(new Finding(rule.code(), Severity.INFO, path, message));
                }
            });
        }
        findings.sort(Comparator.comparing(Finding::path, MachineReview::comparePointers)
                .thenComparing(Finding::severity).thenComparing(Finding::ruleCode));
        return new ReviewResult(ruleSet.version(), findings, QualityScoring.score(document, findings, ruleSet));
    }

    /** Grades in the bands of 财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
    static String grade(int score) {
        return QualityScoring.grade(score);
    }

    /** Orders {@code /projects/10} after {@code /projects/2}: numeric segments compare as numbers. */
    static int comparePointers(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = digits(left[i]) && digits(right[i])
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static boolean digits(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
