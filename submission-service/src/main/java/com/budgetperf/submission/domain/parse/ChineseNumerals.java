package com.budgetperf.submission.domain.parse;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese numerals as clerks write them in values: 百分之九十五, 三个月, 一百二十人, 两名, 十二月底, 二〇二六年. */
final class ChineseNumerals {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final Pattern RUN = Pattern.compile("[零〇一二两三四五六七八九十百千万亿点]+");
    private static final Pattern PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百千点]+)");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("([零〇一二三四五六七八九十]{1,3})(?=月|日|号)");
    private static final Pattern YEAR = Pattern.compile("([零〇一二三四五六七八九]{4})(?=年)");

    private ChineseNumerals() {
    }

    /**
     * Every numeral run written in Arabic digits: "百分之九十五" → "95%", "不少于三次" → "不少于3次", "三万元" →
     * "3万元" (万/亿 at the end of a run stays as written, like "3万元"). Runs without a digit (a lone 万 or 百) are
     * left alone. The caller decides whether the result makes sense (a known unit after the number).
     */
    static String rewrite(String text) {
        if (!hasAny(text, NUMERAL_CHARACTERS)) {
            return text; // no run to rewrite (most values are Arabic figures or words without numerals)
        }
        return everyRunRewritten(text);
    }

    /** {@link #rewrite} by running the patterns, whatever the text holds. */
    static String everyRunRewritten(String text) {
        String withPercent = replace(PERCENT, text, number -> number + "%");
        Matcher m = RUN.matcher(withPercent);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            String magnitude = "";
            if (run.length() > 1 && (run.endsWith("万") || run.endsWith("亿"))) {
                magnitude = run.substring(run.length() - 1);
                run = run.substring(0, run.length() - 1);
            }
            BigDecimal value = hasDigit(run) ? value(run) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(
                    value == null ? m.group() : value.toPlainString() + magnitude));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Only the numerals of dates ("六月底" → "6月底", "二〇二六年" → "2026年"); other words are left alone. */
    static String rewriteDates(String text) {
        if (!hasAny(text, DATE_WORDS)) {
            return text;
        }
        return everyDateRewritten(text);
    }

    /** {@link #rewriteDates} by running the patterns, whatever the text holds. */
    static String everyDateRewritten(String text) {
        String years = replace(YEAR, text, number -> number);
        return replace(MONTH_OR_DAY, years, number -> number);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> format) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal value = value(m.group(1));
            String replacement = value == null ? m.group() : format.apply(value.toPlainString());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every character {@link #RUN} and {@link #PERCENT} can match, and what a date numeral must stand before. */
    private static final String NUMERAL_CHARACTERS = "零〇一二两三四五六七八九十百千万亿点";
    private static final String DATE_WORDS = "年月日号";

    private static boolean hasAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String run) {
        for (int i = 0; i < run.length(); i++) {
            if (DIGITS.indexOf(run.charAt(i)) >= 0 || run.charAt(i) == '十') {
                return true;
            }
        }
        return false;
    }

    /** The value of a numeral ("九十五" 95, "一百零五" 105, "十二" 12, "二〇二六" 2026, "九十五点五" 95.5); null if malformed. */
    static BigDecimal value(String numeral) {
        int point = numeral.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = value(numeral.substring(0, point));
            String fraction = positional(numeral.substring(point + 1));
            return whole == null || fraction == null || fraction.isEmpty() ? null
                    : new BigDecimal(whole.toPlainString() + "." + fraction);
        }
        if (numeral.isEmpty()) {
            return null;
        }
        if (numeral.chars().noneMatch(c -> "十百千万亿".indexOf(c) >= 0)) {
            String digits = positional(numeral);
            return digits == null ? null : new BigDecimal(digits);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return null;   // two digits in a row: "九五" is not written with units
                }
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit >= 10_000) {
                section += Math.max(digit, 0);
                total = (total + section) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return BigDecimal.valueOf(total + section + Math.max(digit, 0));
    }

    private static String positional(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            int d = digitOf(digits.charAt(i));
            if (d < 0) {
                return null;
            }
            out.append(d);
        }
        return out.toString();
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '两' -> 2;
            default -> "零一二三四五六七八九".indexOf(c);
        };
    }
}
