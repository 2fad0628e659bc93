package com.budgetperf.submission.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * Event schema {@code budget.submission.submitted.v1} on topic {@code budget.submissions}, key = submission id.
 * A full snapshot of the version handed in: the document as stored, every 指标值 as understood, the machine
 * pre-review findings, score and suggested grade, so review and report services never call back. Added later
 * (absent from older events): {@code dimensionScores}, the four 88号 dimensions 0-100 keyed COMPLETENESS,
 * RELEVANCE, APPROPRIATENESS, FEASIBILITY.
 */
public record SubmissionSubmitted(
        UUID submissionId,
        int fiscalYear,
        String regionCode,
        String departmentCode,
        String departmentName,
        int version,
        String status,
        Instant submittedAt,
        String submittedBy,
        @JsonRawValue String document,
        List<Value> values,
        List<Finding> findings,
        int qualityScore,
        String suggestedGrade,
        String ruleSetVersion,
        Map<String, Integer> dimensionScores) {

    public static final String TYPE = "budget.submission.submitted.v1";

    /**
     * A machine pre-review finding: rule code, severity, the JSON pointer it concerns, a message for the clerk, and
     * (added later) the 88号 dimension it costs: COMPLETENESS 完整性, RELEVANCE 相关性, APPROPRIATENESS 适当性,
     * FEASIBILITY 可行性, and (added later) the rule's Chinese {@code title} (指标值确定依据不明确), so that readers show
     * it without knowing the rules.
     */
    public record Finding(String ruleCode, String severity, String path, String message, String dimension,
            String title) {
    }

    /**
     * An indicator value as understood: kind, operator, exact number and normalised unit, with the raw text; added
     * later (absent from older events): {@code upper} of a range (operator BETWEEN), {@code unitKind} (COUNT, MONEY,
     * SHARE, TIME …) and {@code deadline}, the ISO date a deadline names.
     */
    public record Value(String path, String name, String raw, String kind, String operator, BigDecimal number,
            String unit, BigDecimal upper, String unitKind, String deadline) {
    }
}
