package com.budgetperf.report.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.budgetperf.platform.region.RegionCode;

/**
 * One submission version as the star schema keeps it: the submission row with measures already computed
 * from the snapshot, and its project, indicator and finding rows.
 */
public record SubmissionFacts(
        UUID submissionId,
        int version,
        int fiscalYear,
        RegionCode region,
        String departmentCode,
        String departmentName,
        String status,
        int projectCount,
        BigDecimal budgetTotal,
        int findingErrors,
        int findingWarnings,
        Instant submittedAt,
        BigDecimal budgetFiscal,
        BigDecimal budgetOther,
        int indicatorCount,
        int quantitativeCount,
        int findingInfos,
        BigDecimal qualityScore,
        String suggestedGrade,
        String ruleSetVersion,
        List<ProjectFact> projects,
        List<IndicatorFact> indicators,
        List<FindingFact> findings,
        DepartmentTarget department) {

    /**
     * A project row; {@code projectNo} is its position in the document; {@code purpose} its 资金用途, {@code plan} its
     * 资金支出计划 (null without one), {@code goals} its 绩效目标 lines.
     */
    public record ProjectFact(int projectNo, String code, String name, boolean classified, BigDecimal budgetTotal,
            BigDecimal budgetFiscal, BigDecimal budgetOther, int indicatorCount, int quantitativeCount, String purpose,
            SpendingPlan plan, List<String> goals) {
    }

    /** 资金支出计划（%）: cumulative share spent by the end of March, June, October, December; any may be null. */
    public record SpendingPlan(BigDecimal mar, BigDecimal jun, BigDecimal oct, BigDecimal dec) {
    }

    /**
     * An indicator row of project {@code projectNo}; {@code valueKind} as submission-service parsed the value;
     * {@code text} what the document writes in the row's other columns.
     */
    public record IndicatorFact(int projectNo, int indicatorNo, String projectCode, String level1, String level2,
            String name, String valueKind, String unit, String rawValue, IndicatorText text) {
    }

    /** 绩效指标描述, the 指标值 as written, 指标值确定依据 and 评（扣）分标准 of an indicator row. */
    public record IndicatorText(String description, String valueWritten, String basis, String scoring) {
    }

    /** A row of the 部门整体 indicator grid; {@code indicatorNo} is its position in the document. */
    public record DepartmentIndicatorFact(int indicatorNo, String level1, String level2, String name, IndicatorText text) {
    }

    /** 部门整体绩效目标: 总体绩效目标, 分项绩效目标, 工作保障措施 and the department-wide indicators. */
    public record DepartmentTarget(String overallGoal, List<String> goals, String safeguards,
            List<DepartmentIndicatorFact> indicators) {

        public boolean isEmpty() {
            return overallGoal == null && safeguards == null && goals.isEmpty() && indicators.isEmpty();
        }
    }

    /** A 机审 finding: rule code, severity and the rule's Chinese title (null when the event carried none). */
    public record FindingFact(int findingNo, String ruleCode, String severity, String ruleTitle) {
    }
}
