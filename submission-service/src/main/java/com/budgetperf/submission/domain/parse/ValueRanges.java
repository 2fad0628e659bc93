package com.budgetperf.submission.domain.parse;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two value forms that are more than one number and a unit: ranges ("90%-95%", "95%~100%", "90至95%",
 * "≥95%且≤100%") and changes against a base ("较上年增长10%", "同比下降不低于5个百分点"). Both need a unit of the
 * vocabulary (or, for a range, none at all between small numbers), so prose and year spans ("2021-2023") stay text.
 */
final class ValueRanges {

    private static final String N = IndicatorValueParser.NUMBER;
    private static final String PREFIX = OperatorWords.prefixPattern();
    private static final BigDecimal YEAR_LIKE = new BigDecimal("1000");

    private static final Pattern SPAN = Pattern.compile("^(?:达到|为|在)?(?<a>" + N + ")(?<u1>[^\\d]*?)"
            + "(?:-|~|～|—|–|至|到)(?<b>" + N + ")(?<u2>.*?)(?:之间|区间|范围内)?$");

    private static final Pattern BOUNDS = Pattern.compile("^(?<op1>" + PREFIX + ")(?<a>" + N + ")(?<u1>[^\\d]*?)"
            + "(?:且|并且|并|而且|,|，|、|;|；|和|与)?(?<op2>" + PREFIX + ")(?<b>" + N + ")(?<u2>.*?)$");

    private static final Pattern CHANGE = Pattern.compile("^(?:较|比|与|相比)?"
            + "(?<base>上年同期|去年同期|上一年度|上一年|上年度|上年|去年|前一年|往年|基期|(?:19|20)\\d{2}年)?"
            + "(?:相比)?(?<same>同比|环比)?"
            + "(?<dir>增长|增加|提高|提升|上升|增幅|下降|减少|降低|缩短|压减|压缩|降幅)(?:了|幅度)?"
            + "(?<op>" + PREFIX + ")?(?<number>" + N + ")(?<unit>.*?)"
            + "(?<suffix>" + OperatorWords.suffixPattern() + ")?$");

    private ValueRanges() {
    }

    /** A range with both ends, or null. */
    static ParsedValue range(String raw, String text, String compact, Set<ValueFlag> flags) {
        Matcher span = SPAN.matcher(compact);
        if (span.matches()) {
            return between(raw, text, span.group("a"), span.group("u1"), span.group("b"), span.group("u2"), flags);
        }
        Matcher bounds = BOUNDS.matcher(compact);
        if (!bounds.matches()) {
            return null;
        }
        ComparisonOperator first = OperatorWords.prefix(bounds.group("op1"));
        ComparisonOperator second = OperatorWords.prefix(bounds.group("op2"));
        if (isLower(first) && isUpper(second)) {
            return between(raw, text, bounds.group("a"), bounds.group("u1"), bounds.group("b"), bounds.group("u2"),
                    flags);
        }
        if (isUpper(first) && isLower(second)) {
            return between(raw, text, bounds.group("b"), bounds.group("u2"), bounds.group("a"), bounds.group("u1"),
                    flags);
        }
        return null;
    }

    /** A change against a base ("较上年增长10%"), or null. */
    static ParsedValue relativeChange(String raw, String text, String compact, Set<ValueFlag> flags) {
        Matcher m = CHANGE.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        UnitNormaliser.Unit unit = UnitNormaliser.normalise(m.group("unit"));
        if (unit.value() == null || !unit.known()) {
            return null;
        }
        Set<ValueFlag> found = EnumSet.noneOf(ValueFlag.class);
        found.addAll(flags);
        IndicatorValueParser.addUnitFlags(unit, found);
        ComparisonOperator operator = IndicatorValueParser.operatorOf(m.group("op"), m.group("suffix"));
        if (operator == null) {
            operator = ComparisonOperator.EQ;
            found.add(ValueFlag.OPERATOR_IMPLICIT);
        }
        String direction = m.group("dir");
        boolean down = direction.startsWith("下") || direction.startsWith("减") || direction.startsWith("降")
                || direction.startsWith("缩") || direction.startsWith("压");
        String base = m.group("base") != null ? m.group("base") : m.group("same") != null ? "上年" : null;
        RelativeChange change = new RelativeChange(base,
                down ? RelativeChange.Direction.DECREASE : RelativeChange.Direction.INCREASE);
        return new ParsedValue(ValueKind.QUANTITATIVE, operator, IndicatorValueParser.number(m.group("number")), null,
                unit.value(), unit.kind(), change, null, raw, text, found);
    }

    private static ParsedValue between(String raw, String text, String lowWritten, String lowUnit, String highWritten,
            String highUnit, Set<ValueFlag> flags) {
        BigDecimal low = IndicatorValueParser.number(lowWritten);
        BigDecimal high = IndicatorValueParser.number(highWritten);
        if (low.compareTo(high) > 0) {
            return null;
        }
        UnitNormaliser.Unit first = UnitNormaliser.normalise(lowUnit);
        UnitNormaliser.Unit second = UnitNormaliser.normalise(highUnit);
        if (!first.known() || !second.known()) {
            return null;
        }
        UnitNormaliser.Unit unit = second.value() != null ? second : first;
        if (first.value() != null && second.value() != null && !first.value().equals(second.value())) {
            return null;
        }
        if (unit.value() == null && high.compareTo(YEAR_LIKE) >= 0) {
            return null;   // "2021-2023": years, not a range of a quantity
        }
        Set<ValueFlag> found = EnumSet.noneOf(ValueFlag.class);
        found.addAll(flags);
        IndicatorValueParser.addUnitFlags(first, found);
        IndicatorValueParser.addUnitFlags(second, found);
        return new ParsedValue(ValueKind.QUANTITATIVE, ComparisonOperator.BETWEEN, low, high, unit.value(),
                unit.kind(), null, null, raw, text, found);
    }

    private static boolean isLower(ComparisonOperator operator) {
        return operator == ComparisonOperator.GE || operator == ComparisonOperator.GT;
    }

    private static boolean isUpper(ComparisonOperator operator) {
        return operator == ComparisonOperator.LE || operator == ComparisonOperator.LT;
    }
}
