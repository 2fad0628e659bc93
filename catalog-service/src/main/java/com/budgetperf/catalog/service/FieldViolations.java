package com.budgetperf.catalog.service;

import java.util.List;

import com.budgetperf.catalog.domain.FieldViolation;
import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;

/** The catalog's answer to a request the domain found invalid: 422 problem+json with one violation per field. */
final class FieldViolations {

    private FieldViolations() {
    }

    /** Throws the 422 when {@code violations} is not empty. */
    static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(v -> new Problem.Violation(v.field(), v.message())).toList());
        }
    }
}
