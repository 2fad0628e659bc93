package com.budgetperf.report.export;

import java.math.BigDecimal;

/** How a value is written into a spreadsheet cell or CSV field. */
public final class CellText {

    private CellText() {
    }

    /**
     * Text that a spreadsheet would read as a formula (starting with = + - @, or a tab/carriage return that
     * hides one) is prefixed with an apostrophe, so it stays text (CSV/formula injection).
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    /** Numbers as plain decimals (no exponent), booleans as 是/否, text neutralised. */
    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "是" : "否";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return neutralise(value.toString());
    }
}
