package com.budgetperf.report.messaging.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

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

    /**
     * The department's 绩效目标 document: 总体绩效目标 ({@code overallGoal}), 分项绩效目标 ({@code subGoals}), 工作保障措施
     * ({@code safeguards}), the 部门整体 indicator grid ({@code departmentIndicators}) and one table per project.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String overallGoal, List<String> subGoals, String safeguards,
            List<Indicator> departmentIndicators, List<Project> projects) {

        public Document(List<Project> projects) {
            this(null, null, null, null, projects);
        }
    }

    /**
     * A project (one 绩效目标表); {@code classified} marks 涉密 projects; {@code purpose} is its 资金用途,
     * {@code disbursementPlan} its 资金支出计划（%）, {@code goals} its 绩效目标 lines.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String code, String name, Boolean classified, Budget budget, String purpose,
            DisbursementPlan disbursementPlan, List<String> goals, List<Indicator> indicators) {

        public Project(String code, String name, Boolean classified, Budget budget, List<Indicator> indicators) {
            this(code, name, classified, budget, null, null, null, indicators);
        }

        public Project(String code, String name, Budget budget) {
            this(code, name, null, budget, null);
        }
    }

    /** 资金支出计划: cumulative share (%) spent by the end of March, June, October and December. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DisbursementPlan(BigDecimal mar, BigDecimal jun, BigDecimal oct, BigDecimal dec) {
    }

    /** 预算数 / 财政资金 / 其他资金 in 万元; any of them may be absent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {
    }

    /**
     * A 三级 indicator row: 一级, 二级, its name, 绩效指标描述, the 指标值 as written ({@code value}: an object with
     * {@code raw} or the split 符号/值/单位 {@code symbol}/{@code number}/{@code unit}; older producers wrote a plain
     * string), 指标值确定依据 ({@code basis}) and 评（扣）分标准 ({@code scoring}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String level1, String level2, String name, String description, JsonNode value,
            String basis, String scoring) {

        public Indicator(String level1, String level2, String name) {
            this(level1, level2, name, null, null, null, null);
        }
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
