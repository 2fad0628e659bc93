package com.budgetperf.review.domain;

import java.util.List;

/** Structured return reasons (退回原因) a reviewer picks when grading 中. */
public final class ReturnReason {

    public static final List<String> CODES = List.of("目标不明确", "指标不量化", "指标值偏低", "成本不合理", "其他");

    private ReturnReason() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
