package com.budgetperf.report.messaging.in;

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
        List<Finding> findings,
        List<Value> values,
        BigDecimal qualityScore,
        String suggestedGrade,
        String ruleSetVersion) {

    public static final String TYPE = "budget.submission.submitted.v1";

    /** Without the machine pre-review's values, score and grade (older events). */
    public SubmissionSubmitted(UUID submissionId, Integer fiscalYear, String regionCode, String departmentCode,
            String departmentName, Integer version, String status, Instant submittedAt, Document document,
            List<Finding> findings) {
        this(submissionId, fiscalYear, regionCode, departmentCode, departmentName, version, status, submittedAt,
                document, findings, null, null, null, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(List<Project> projects) {
    }

    /** A project (one 绩效目标表); {@code classified} marks 涉密 projects. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String code, String name, Boolean classified, Budget budget, List<Indicator> indicators) {

        public Project(String code, String name, Budget budget) {
            this(code, name, null, budget, null);
        }
    }

    /** 预算数 / 财政资金 / 其他资金 in 万元; any of them may be absent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    /** A 三级 indicator row: 一级, 二级 and its name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String level1, String level2, String name) {
    }

    /**
     * A machine pre-review (机审) finding; {@code severity} is ERROR, WARNING or INFO; {@code title} the rule's Chinese
     * title (absent from older events).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleCode, String severity, String path, String message, String title) {

        public Finding(String ruleCode, String severity, String path, String message) {
            this(ruleCode, severity, path, message, null);
        }
    }

    /**
     * An indicator value as submission-service understood it; {@code path} points at the value, e.g.
     * {@code /projects/2/indicators/5/value}; {@code kind} is QUANTITATIVE, QUALITATIVE, DEADLINE, CLASSIFIED,
     * UNREADABLE or EMPTY.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String path, String name, String raw, String kind, String unit) {
    }
}
