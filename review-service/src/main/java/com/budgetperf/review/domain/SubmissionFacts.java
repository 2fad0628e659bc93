package com.budgetperf.review.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What the workflow rules look at in a submitted version: the department's region, its projects' texts and budget total. */
public record SubmissionFacts(String regionCode, List<String> projectTexts, BigDecimal budgetTotal) {

    public SubmissionFacts {
        projectTexts = projectTexts == null ? List.of() : List.copyOf(projectTexts);
        budgetTotal = Objects.requireNonNullElse(budgetTotal, BigDecimal.ZERO);
    }
}
