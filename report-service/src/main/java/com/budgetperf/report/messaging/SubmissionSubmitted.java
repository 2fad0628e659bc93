package com.budgetperf.report.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of {@code budget.submission.submitted.v1} (topic {@code budget.submissions},
 * key = submission id). The event carries the whole submission; only the parts a report needs are mapped,
 * everything else is ignored so that submission-service may add fields freely. Amounts are 万元, written
 * as decimal strings or JSON numbers; both are read exactly as {@link BigDecimal}.
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
        Document document,
        List<Finding> findings) {

    public static final String TYPE = "budget.submission.submitted.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(List<Project> projects) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String code, String name, Budget budget) {
    }

    /** 预算数 / 财政资金 / 其他资金 in 万元; any of them may be absent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    /** A machine pre-review (机审) finding; {@code severity} is ERROR, WARNING or INFO. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleCode, String severity, String path, String message) {
    }
}
