package com.budgetperf.submission.domain.review.rules;

import com.budgetperf.submission.domain.review.ReviewRule;
import com.budgetperf.submission.domain.review.Severity;

/** A rule's identity as data: code, default severity and Chinese title; subclasses only check. */
public abstract class NamedRule implements ReviewRule {

    private final String code;
    private final Severity severity;
    private final String title;

    protected NamedRule(String code, Severity severity, String title) {
        this.code = code;
        this.severity = severity;
        this.title = title;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String title() {
        return title;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String quoted(String text) {
        return "“" + (text == null ? "" : text.strip()) + "”";
    }
}
