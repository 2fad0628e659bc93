package com.budgetperf.submission.messaging.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * Event schema {@code budget.submission.submitted.v1} on topic {@code budget.submissions}, key = submission id.
 * A full snapshot of the version handed in: the document as stored, every 指标值 as understood, the machine
 * pre-review findings, score and suggested grade, so review and report services never call back.
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
        String ruleSetVersion) {

    public static final String TYPE = "budget.submission.submitted.v1";

    /** A machine pre-review finding: rule code, severity, the JSON pointer it concerns, a message for the clerk. */
    public record Finding(String ruleCode, String severity, String path, String message) {
    }

    /** An indicator value as understood: kind, operator, exact number and normalised unit, with the raw text. */
    public record Value(String path, String name, String raw, String kind, String operator, BigDecimal number,
            String unit) {
    }
}
