package com.budgetperf.submission.domain.review;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one machine review: findings in document order, a quality score 0-100, a suggested grade, and how
 * the score came about ({@link ScoreCard}: the four 88号 dimensions and the score of each project).
 */
public record ReviewResult(String ruleSetVersion, List<Finding> findings, ScoreCard scoreCard) {

    public ReviewResult {
        findings = List.copyOf(findings);
    }

    public int qualityScore() {
        return scoreCard.total();
    }

    public String suggestedGrade() {
        return scoreCard.grade();
    }

    /** 完整性, 相关性, 适当性, 可行性 as 0-100, keyed by {@link QualityDimension} name. */
    public Map<QualityDimension, Integer> dimensionScores() {
        return scoreCard.dimensions();
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
