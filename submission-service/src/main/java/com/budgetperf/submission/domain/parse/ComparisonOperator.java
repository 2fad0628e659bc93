package com.budgetperf.submission.domain.parse;

/** How the actual result is compared with the target number. */
public enum ComparisonOperator {
    /** ≥, >=, 不低于, 不少于, 至少, "…以上". */
    GE("≥"),
    /** ≤, <=, 不高于, 不超过, "…以内", "…以下". */
    LE("≤"),
    /** >, 大于, 高于, 超过. */
    GT(">"),
    /** <, 小于, 低于, 少于. */
    LT("<"),
    /** =, ＝, or a plain number without any operator. */
    EQ("="),
    /** 约, 预计, "…左右". */
    APPROX("≈"),
    /** A range, both ends included: "90%-95%", "95%~100%", "≥95%且≤100%"; the number is the lower end. */
    BETWEEN("~");

    private final String symbol;

    ComparisonOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical sign, as shown to users. */
    public String symbol() {
        return symbol;
    }
}
