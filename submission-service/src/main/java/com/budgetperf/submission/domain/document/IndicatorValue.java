package com.budgetperf.submission.domain.document;

/**
 * An 指标值 as the county wrote it: either one text ({@code raw}, e.g. "≥95%") or the three columns of some
 * forms (符号 / 值 / 单位, e.g. "≥" "95" "%"). Nothing is lost: parsing happens in the machine review.
 */
public record IndicatorValue(String raw, String symbol, String number, String unit) {

    public static IndicatorValue of(String raw) {
        return new IndicatorValue(raw, null, null, null);
    }

    public boolean isSplit() {
        return raw == null && (symbol != null || number != null || unit != null);
    }

    public boolean isBlank() {
        return Indicator.blank(raw) && Indicator.blank(symbol) && Indicator.blank(number) && Indicator.blank(unit);
    }

    /** The value as one text, joining the split columns. */
    public String asWritten() {
        if (!isSplit()) {
            return raw == null ? "" : raw;
        }
        return (symbol == null ? "" : symbol) + (number == null ? "" : number) + (unit == null ? "" : unit);
    }
}
