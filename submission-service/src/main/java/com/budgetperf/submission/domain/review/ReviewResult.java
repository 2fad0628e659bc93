package com.budgetperf.submission.domain.review;

import java.util.List;

/** The outcome of one machine review: findings in document order, a quality score 0-100 and a suggested grade. */
public record ReviewResult(String ruleSetVersion, List<Finding> findings, int qualityScore, String suggestedGrade) {

    public ReviewResult {
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public boolean blocksSubmitting() {
        return !errors().isEmpty();
    }
}
