package com.budgetperf.submission.domain.parse;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 指标值 the way county clerks write it. Never throws on user input and never loses it: the raw
 * text is always kept, and what cannot be read is returned as {@link ValueKind#UNREADABLE} with a flag.
 */
public final class IndicatorValueParser {

    /** The label of the text column in the split 符号/值/单位（文字描述） layout. */
    static final String TEXT_MARKER = "文字描述";

    /** A number as written: 1,524 / 95 / 0.5 / .5. */
    static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+";

    private static final Pattern QUANTITY = Pattern.compile(
            "^(?<op>" + OperatorWords.prefixPattern() + ")?"
                    + "(?<number>" + NUMBER + ")"
                    + "(?<unit>.*?)"
                    + "(?<suffix>" + OperatorWords.suffixPattern() + ")?$");

    private static final Pattern DEADLINE = Pattern.compile(
            "上半年|下半年|年底|年末|年初|年中|月底|月末|月初|月中|季度|季末|上旬|中旬|下旬|年内|月内"
                    + "|日前|日以前|日之前|底前|末前|\\d{1,2}月\\d{1,2}日|\\d{4}年|^\\d{1,2}月"
                    + "|每月|每年|每周|每日|每天|按月|按季|按年|工作日内");

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(?:无|暂无|空|略|/|\\\\|-+|—+|_+|N/?A|n/?a|不适用|" + TEXT_MARKER + ")$");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Parses a value written in one cell, e.g. "≥95%", "1574万", "上半年完成". */
    public ParsedValue parse(String raw) {
        String written = raw == null ? "" : raw;
        Set<ValueFlag> flags = EnumSet.noneOf(ValueFlag.class);
        String text = clean(written, flags);
        return interpret(written, text, flags);
    }

    /**
     * Parses a value written in the split 符号 / 值 / 单位（文字描述） columns, e.g. ("≥", "95", "%"),
     * ("文字描述", "　", "按时拨付到位"), ("", "达标", "文字描述"). The raw text keeps the three cells
     * joined by '|'.
     */
    public ParsedValue parse(String symbol, String value, String unit) {
        String s = symbol == null ? "" : symbol;
        String v = value == null ? "" : value;
        String u = unit == null ? "" : unit;
        String raw = s + "|" + v + "|" + u;
        Set<ValueFlag> flags = EnumSet.noneOf(ValueFlag.class);
        String cs = clean(s, flags);
        String cv = clean(v, flags);
        String cu = clean(u, flags);

        if (TEXT_MARKER.equals(cs) || TEXT_MARKER.equals(cv) || TEXT_MARKER.equals(cu)) {
            String text = join(TEXT_MARKER.equals(cs) ? "" : cs, TEXT_MARKER.equals(cv) ? "" : cv,
                    TEXT_MARKER.equals(cu) ? "" : cu);
            ParsedValue parsed = interpret(raw, text, flags);
            if (parsed.isQuantitative()) {
                flags = EnumSet.copyOf(parsed.flags());
                flags.add(ValueFlag.NUMBER_IN_TEXT);
                return parsed.withRaw(raw, flags);
            }
            return parsed;
        }
        if (!DIGIT.matcher(cv).find() && !cv.isEmpty()) {
            // a word in the value column: the symbol has nothing to compare
            return interpret(raw, join(cv, cu), flags);
        }
        return interpret(raw, (cs + cv + cu).strip(), flags);
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : " ").append(part);
            }
        }
        return joined.toString();
    }

    /** Removes Word leftovers, normalises full width and collapses spaces; records what it did. */
    private static String clean(String written, Set<ValueFlag> flags) {
        String text = WordLeftovers.strip(written);
        if (!text.equals(written)) {
            flags.add(ValueFlag.WORD_LEFTOVER_REMOVED);
        }
        String plain = FullWidthText.normalise(text);
        if (FullWidthText.changedMoreThanSpaces(text, plain)) {
            flags.add(ValueFlag.FULL_WIDTH_NORMALISED);
        }
        return collapsedSpaces(plain).strip();
    }

    /** Every run of whitespace ({@code \s+}) as one space; the same instance when there is none. */
    private static String collapsedSpaces(String text) {
        return hasWhitespace(text) ? WHITESPACE.matcher(text).replaceAll(" ") : text;
    }

    /** Whether the text holds a character of {@code \s} (space, tab, line feed, vertical tab, form feed, return). */
    static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    private ParsedValue interpret(String raw, String text, Set<ValueFlag> flags) {
        if (text.isEmpty()) {
            return ParsedValue.of(ValueKind.EMPTY, null, raw, text, flags);
        }
        if (PLACEHOLDER.matcher(text).matches()) {
            flags.add(ValueFlag.PLACEHOLDER);
            return ParsedValue.of(ValueKind.EMPTY, null, raw, text, flags);
        }
        if (text.contains("涉密") && text.length() <= 6) {
            return ParsedValue.of(ValueKind.CLASSIFIED, null, raw, text, flags);
        }
        ParsedValue number = numeric(raw, text, text, flags);
        if (number != null) {
            return number;
        }
        String arabic = ChineseNumerals.rewrite(text);
        if (!arabic.equals(text)) {
            Set<ValueFlag> numeral = EnumSet.noneOf(ValueFlag.class);
            numeral.addAll(flags);
            numeral.add(ValueFlag.CHINESE_NUMERAL);
            ParsedValue read = numeric(raw, text, arabic, numeral);
            // numerals count only before a unit of the vocabulary: "三个月" is 3 月, "一流" stays words
            if (read != null && read.unitKind() != null) {
                return read;
            }
        }
        boolean han = HAN.matcher(text).find();
        if (!han || text.indexOf('\uFFFD') >= 0) {
            flags.add(ValueFlag.UNREADABLE);
            return ParsedValue.of(ValueKind.UNREADABLE, null, raw, text, flags);
        }
        if (VagueWording.isVague(text)) {
            flags.add(ValueFlag.VAGUE_WORDING);
        }
        if (DEADLINE.matcher(ChineseNumerals.rewriteDates(text)).find()) {
            return ParsedValue.of(ValueKind.DEADLINE, DeadlineReader.read(text), raw, text, flags);
        }
        if (DIGIT.matcher(text).find()) {
            flags.add(ValueFlag.NUMBER_IN_TEXT);
        }
        return ParsedValue.of(ValueKind.QUALITATIVE, null, raw, text, flags);
    }

    /** A number, a range or a relative change read from {@code reading}; null when it is none of them. */
    private static ParsedValue numeric(String raw, String text, String reading, Set<ValueFlag> flags) {
        if (!DIGIT.matcher(reading).find()) {
            return null; // every form read here holds a NUMBER, and a NUMBER an Arabic digit: prose need not be tried
        }
        String compact = hasWhitespace(reading) ? WHITESPACE.matcher(reading).replaceAll("") : reading;
        ParsedValue value = quantity(raw, text, compact, flags);
        if (value == null) {
            value = ValueRanges.range(raw, text, compact, flags);
        }
        if (value == null) {
            value = ValueRanges.relativeChange(raw, text, compact, flags);
        }
        return value;
    }

    /** A number with optional operator and unit, or null when the text is not written that way. */
    private static ParsedValue quantity(String raw, String text, String compact, Set<ValueFlag> flags) {
        Matcher m = QUANTITY.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        UnitNormaliser.Unit unit = UnitNormaliser.normalise(m.group("unit"));
        Set<ValueFlag> found = EnumSet.noneOf(ValueFlag.class);
        found.addAll(flags);
        if (!unit.known()) {
            // a short unknown word is still a unit (e.g. 家庭); anything longer is prose
            if (unit.value().length() > 2 || !HAN.matcher(unit.value()).find()
                    || DEADLINE.matcher(text).find()) {
                return null;
            }
            found.add(ValueFlag.UNKNOWN_UNIT);
        }
        addUnitFlags(unit, found);
        ComparisonOperator operator = operatorOf(m.group("op"), m.group("suffix"));
        if (operator == null) {
            operator = ComparisonOperator.EQ;
            found.add(ValueFlag.OPERATOR_IMPLICIT);
        }
        return new ParsedValue(ValueKind.QUANTITATIVE, operator, number(m.group("number")), null, unit.value(),
                unit.kind(), null, null, raw, text, found);
    }

    static BigDecimal number(String written) {
        return new BigDecimal(written.replace(",", ""));
    }

    static void addUnitFlags(UnitNormaliser.Unit unit, Set<ValueFlag> flags) {
        if (unit.rewritten()) {
            flags.add(ValueFlag.UNIT_NORMALISED);
        }
        if (unit.incomplete()) {
            flags.add(ValueFlag.MONEY_UNIT_INCOMPLETE);
        }
    }

    static ComparisonOperator operatorOf(String prefix, String suffix) {
        ComparisonOperator before = prefix == null ? null : OperatorWords.prefix(prefix);
        ComparisonOperator after = suffix == null ? null : OperatorWords.suffix(suffix);
        if (after != null && (before == null || before == ComparisonOperator.EQ)) {
            return after;   // "达95%以上" means at least 95%
        }
        return before;
    }
}
