package com.budgetperf.report.domain;

import java.math.BigDecimal;

/**
 * Submissions of one region (city or county) added up; {@code budgetTotal} in 万元 at scale 6. Withdrawn submissions
 * are in none of the figures, only in {@code withdrawn}.
 */
public record RegionSubmissionTotals(String regionCode, long submissions, long projects, BigDecimal budgetTotal,
        long findingErrors, long withdrawn) {
}
