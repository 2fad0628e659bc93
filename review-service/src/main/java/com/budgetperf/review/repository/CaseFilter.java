package com.budgetperf.review.repository;

import java.time.Instant;

import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.ReviewStage;

/**
 * A queue query. {@code regionPrefix} is the caller's region or a narrower prefix within it; {@code sort} is
 * {@code openedAt}, {@code dueAt} or {@code qualityScore}.
 */
public record CaseFilter(String regionPrefix, Integer fiscalYear, CaseStatus status, ReviewStage stage, String grade,
        Boolean hasErrors, Boolean overdue, Instant now, String sort, boolean descending, int page, int size) {
}
