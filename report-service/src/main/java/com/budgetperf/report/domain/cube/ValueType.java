package com.budgetperf.report.domain.cube;

/** How a column is typed: in SQL binding, JSON, CSV/XLSX and the Fiscal Data Package schema. */
public enum ValueType {
    /** whole number */
    INTEGER("integer"),
    /** 万元, scale 6, exact */
    MONEY("number"),
    /** a share 0..1, scale 4 */
    RATIO("number"),
    /** a score 0..100, scale 2 */
    SCORE("number"),
    TEXT("string"),
    BOOLEAN("boolean");

    private final String tableSchemaType;

    ValueType(String tableSchemaType) {
        this.tableSchemaType = tableSchemaType;
    }

    /** The Frictionless Table Schema type. */
    public String tableSchemaType() {
        return tableSchemaType;
    }

    public int scale() {
        return switch (this) {
            case MONEY -> 6;
            case RATIO -> 4;
            case SCORE -> 2;
            default -> 0;
        };
    }

    public boolean isDecimal() {
        return this == MONEY || this == RATIO || this == SCORE;
    }
}
