package com.budgetperf.platform.problem;

import java.util.List;

/** Thrown by a service to answer with a problem+json; maps one-to-one to {@link Problem}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String code, String title, String detail) {
        this(Problem.of(status, code, title, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.code() + ": " + problem.detail());
        this.problem = problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "NOT_FOUND", "未找到", what + "不存在，或不在您的行政区划范围内");
    }

    /** 422 {@code VALIDATION_FAILED} with one violation. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    /** 422 {@code VALIDATION_FAILED} with these violations ({@link Problem#validationFailed}). */
    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(Problem.validationFailed(violations));
    }

    public Problem problem() {
        return problem;
    }
}
