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
        List<FindingFact> findings) {

    /** A project row; {@code projectNo} is its position in the document. */
    public record ProjectFact(int projectNo, String code, String name, boolean classified, BigDecimal budgetTotal,
            BigDecimal budgetFiscal, BigDecimal budgetOther, int indicatorCount, int quantitativeCount) {
    }

    /** An indicator row of project {@code projectNo}; {@code valueKind} as submission-service parsed the value. */
    public record IndicatorFact(int projectNo, int indicatorNo, String projectCode, String level1, String level2,
            String name, String valueKind, String unit, String rawValue) {
    }

    /** A 机审 finding: rule code, severity and the rule's Chinese title (null when the event carried none). */
    public record FindingFact(int findingNo, String ruleCode, String severity, String ruleTitle) {
    }
}
