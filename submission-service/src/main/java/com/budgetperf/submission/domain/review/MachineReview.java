package com.budgetperf.submission.domain.review;

import java.math.BigDecimal;
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
        ReviewContext context = new ReviewContext(document, fiscalYear, ruleSet);
        List<Finding> findings = new ArrayList<>();
        for (ReviewRule rule : rules) {
            if (!ruleSet.enabled(rule)) {
                continue;
            }
            Severity severity = ruleSet.severity(rule);
            rule.check(context, (path, message) -> findings.add(new Finding(rule.code(), severity, path, message)));
        }
        findings.sort(Comparator.comparing(Finding::path, MachineReview::comparePointers)
                .thenComparing(Finding::severity).thenComparing(Finding::ruleCode));
        int score = score(findings, ruleSet);
        return new ReviewResult(ruleSet.version(), findings, score, grade(score));
    }

    static int score(List<Finding> findings, RuleSet ruleSet) {
        BigDecimal penalty = BigDecimal.ZERO;
        for (Finding finding : findings) {
            penalty = penalty.add(switch (finding.severity()) {
                case ERROR -> ruleSet.threshold("errorPenalty", BigDecimal.TEN);
                case WARNING -> ruleSet.threshold("warningPenalty", new BigDecimal("3"));
                case INFO -> ruleSet.threshold("infoPenalty", BigDecimal.ONE);
            });
        }
        return Math.max(0, 100 - penalty.intValue());
    }

    /** 88号-style grades: 优 ≥ 90, 良 ≥ 75, 中 ≥ 60, 差 below. */
    static String grade(int score) {
        if (score >= 90) {
            return "优";
        }
        if (score >= 75) {
            return "良";
        }
        return score >= 60 ? "中" : "差";
    }

    /** Orders {@code /projects/10} after {@code /projects/2}: numeric segments compare as numbers. */
    static int comparePointers(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int compared = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
