package com.budgetperf.review.messaging.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * review-service's reading of {@code budget.submission.submitted.v1} on topic {@code budget.submissions}
 * (key = submissionId): a full snapshot of the submitted version. Properties this service does not use
 * are ignored, so submission-service can add to the event without breaking it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionSubmitted(
        UUID submissionId,
        Integer fiscalYear,
        String regionCode,
        String departmentCode,
        String departmentName,
        Integer version,
        String status,
        Instant submittedAt,
        String submittedBy,
        JsonNode document,
        List<Finding> findings,
        BigDecimal qualityScore,
        String suggestedGrade) {

    public static final String TYPE = "budget.submission.submitted.v1";

    /** One machine pre-review (机审) finding on the submitted document. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleCode, String severity, String path, String message) {
    }

    public List<Finding> findingsOrEmpty() {
        return findings == null ? List.of() : findings;
    }
}
