package com.budgetperf.report.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.budgetperf.report.domain.cube.ValueType;

/**
 * How numbers read on a page: 万元 with two decimals and thousands separators (1,234.57), shares as percentages with
 * one decimal (72.3%), scores with one decimal, counts with separators, days with one decimal; "—" for no value.
 */
public final class Figures {

    public static final String NONE = "—";

    private Figures() {
    }

    public static String money(BigDecimal amount) {
        return amount == null ? NONE : format("#,##0.00", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A share 0..1 as a percentage: 0.7234 → 72.3%. */
    public static String percent(BigDecimal share) {
        return share == null ? NONE
                : format("0.0", share.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    public static String score(BigDecimal score) {
        return score == null ? NONE : format("0.0", score.setScale(1, RoundingMode.HALF_UP));
    }

    public static String count(Number count) {
        return count == null ? NONE : format("#,##0", BigDecimal.valueOf(count.longValue()));
    }

    public static String days(BigDecimal days) {
        return days == null ? NONE : format("0.0", days.setScale(1, RoundingMode.HALF_UP)) + " 天";
    }

    /** A value of an answer's column, by the column's type. */
    public static String of(ValueType type, Object value) {
        if (value == null) {
            return NONE;
        }
        return switch (type) {
            case MONEY -> money((BigDecimal) value);
            case RATIO -> percent((BigDecimal) value);
            case SCORE -> score((BigDecimal) value);
            case INTEGER -> count((Number) value);
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "是" : "否";
            case TEXT -> value.toString();
        };
    }

    /**
     * This year against the previous one: +12.30 / −5.00 for amounts, +3 / −1 for counts, +1.5 个百分点 for shares,
     * "—" when either is missing.
     */
    public static String change(ValueType type, Object now, Object before) {
        if (now == null || before == null || type == ValueType.TEXT || type == ValueType.BOOLEAN) {
            return NONE;
        }
        BigDecimal difference = new BigDecimal(now.toString()).subtract(new BigDecimal(before.toString()));
        String sign = difference.signum() > 0 ? "+" : difference.signum() < 0 ? "−" : "";
        BigDecimal size = difference.abs();
        return sign + switch (type) {
            case MONEY -> money(size);
            case RATIO -> format("0.0", size.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " 个百分点";
            case SCORE -> score(size);
            default -> count(size.longValue());
        };
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
