package com.budgetperf.review.domain;

import java.math.BigDecimal;

/** What a submitted version brings besides its identity: the document, the machine pre-review (机审) results. */
public record SubmittedContent(String documentJson, String findingsJson, boolean hasErrors, BigDecimal qualityScore,
        String suggestedGrade, String submittedBy) {
}
