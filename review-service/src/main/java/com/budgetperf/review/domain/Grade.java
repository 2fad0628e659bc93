package com.budgetperf.review.domain;

import java.util.Arrays;
import java.util.Optional;

/** 评级 as in the national practice (财预〔2021〕88号): 优、良 pass, 中 returns for revision, 差 rejects. */
public enum Grade {
    EXCELLENT("优"), GOOD("良"), FAIR("中"), POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Grade> parse(String text) {
        return Arrays.stream(values())
                .filter(grade -> grade.label.equals(text) || grade.name().equalsIgnoreCase(text))
                .findFirst();
    }
}
