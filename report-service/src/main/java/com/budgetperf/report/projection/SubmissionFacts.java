package com.budgetperf.report.projection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One submission version as the fact table keeps it: measures already computed from the snapshot. */
public record SubmissionFacts(
        UUID submissionId,
        int version,
        int fiscalYear,
        Region region,
        String departmentCode,
        String departmentName,
        String status,
        int projectCount,
        BigDecimal budgetTotal,
        int findingErrors,
        int findingWarnings,
        Instant submittedAt) {
}
