package com.budgetperf.submission.domain.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link IndicatorValueParser} on arbitrary input: it never throws, never returns null and never
 * loses what was written ({@code raw()} is the input; "" for null; the three split cells joined by '|').
 * Strings mix what clerks type: CJK words and units, full-width digits and signs, ≥≤％, digits, Word leftovers.
 */
class IndicatorValueParserPropertiesTests {

    private final IndicatorValueParser parser = new IndicatorValueParser();

    private static final List<String> FRAGMENTS = List.of(
            "≥", "≤", ">=", "<=", "＞", "＜", "＝", "=", "≈", "约", "不低于", "不超过", "以上", "以内", "左右",
            "％", "%", "﹪", "百分数", "百分比", "万", "万元", "元", "元/人", "元/月/人", "人", "人次", "个", "件", "家庭",
            "95", "100", "1,524", "0.5", ".5", "１２３", "０", "2021年", "6月底", "上半年", "年底前", "每季度末",
            "满意", "提高", "根据实际", "逐步改善", "涉密", "文字描述", "无", "/", "——", "？？", "\uFFFD",
            "~", "～", "至", "且", "较上年", "同比", "增长", "下降", "百分之", "九十五", "三", "两", "十", "零", "个月",
            "种", "起", "场", "工作日", "万人次", "亩", "年底", "12月底", "三季度",
            "[bookmark: x]", "[bookmark: _GoBack]", "[bookmark: _Toc70323705]", " TC \"x\" \\f C \\l 1 ", "[bookmark:",
            "]", "\\", " ", "\u3000", "\t", "\n", "\r\n", "(", "（", "）", "/", "-", ".", ",", "，");

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("0123456789.,%％≥≤><=＝＞＜/-—()（）[]: 　\t\n？?")
                .withCharRange('０', '９').withCharRange('一', '龥').withChars("万元人次个件月底年季度满意提高涉密")
                .ofMaxLength(12);
        Arbitrary<String> fragments = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, fragments), net.jqwik.api.Tuple.of(2, chars),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        return piece.list().ofMaxSize(8).map(parts -> String.join("", parts))
                .injectNull(0.02)
                .edgeCases(edges -> edges.add("").add("≥").add("[bookmark: x]").add("１００％"));
    }

    @Property(tries = 3000)
    void oneCellNeverThrowsAndKeepsTheRawText(@ForAll("values") String raw) {
        ParsedValue parsed = parser.parse(raw);
        assertNotNull(parsed);
        assertNotNull(parsed.kind());
        assertNotNull(parsed.text());
        assertEquals(raw == null ? "" : raw, parsed.raw());
        Statistics.collect(parsed.kind());
    }

    @Property(tries = 3000)
    void splitCellsNeverThrowAndKeepTheCellsJoined(@ForAll("values") String symbol, @ForAll("values") String value,
            @ForAll("values") String unit) {
        ParsedValue parsed = parser.parse(symbol, value, unit);
        assertNotNull(parsed);
        assertNotNull(parsed.kind());
        assertNotNull(parsed.text());
        assertEquals(orEmpty(symbol) + "|" + orEmpty(value) + "|" + orEmpty(unit), parsed.raw());
        Statistics.collect(parsed.kind());
    }

    @Property(tries = 1000)
    void aNumberWithAKnownUnitIsQuantitative(@ForAll("operators") String operator,
            @ForAll("numbers") String number, @ForAll("units") String unit) {
        ParsedValue parsed = parser.parse(operator + number + unit);
        assertEquals(ValueKind.QUANTITATIVE, parsed.kind(), parsed::toString);
    }

    @Provide
    Arbitrary<String> operators() {
        return Arbitraries.of("", "≥", "≤", ">=", "<=", ">", "<", "=", "＞", "不低于", "不超过");
    }

    @Provide
    Arbitrary<String> numbers() {
        return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 99))
                .as((whole, cents) -> cents == 0 ? String.valueOf(whole) : whole + "." + cents);
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("%", "％", "万元", "元", "人", "人次", "个", "件", "元/人", "百分比", "天");
    }

    @Property(tries = 1000)
    void aRangeReadsBothEnds(@ForAll("numbers") String low, @ForAll("numbers") String high,
            @ForAll("rangeUnits") String unit, @ForAll("separators") String separator) {
        java.math.BigDecimal a = new java.math.BigDecimal(low);
        java.math.BigDecimal b = new java.math.BigDecimal(high);
        net.jqwik.api.Assume.that(a.compareTo(b) <= 0);
        ParsedValue parsed = parser.parse(low + unit + separator + high + unit);
        assertEquals(ComparisonOperator.BETWEEN, parsed.operator(), parsed::toString);
        assertEquals(0, a.compareTo(parsed.number()), parsed::toString);
        assertEquals(0, b.compareTo(parsed.upper()), parsed::toString);
        ParsedValue bounds = parser.parse("≥" + low + unit + "且≤" + high + unit);
        assertEquals(ComparisonOperator.BETWEEN, bounds.operator(), bounds::toString);
        assertEquals(0, b.compareTo(bounds.upper()), bounds::toString);
    }

    @Property(tries = 500)
    void aChangeAgainstLastYearKeepsItsSizeAndDirection(@ForAll("numbers") String number,
            @ForAll("changeWords") String word, @ForAll("units") String unit) {
        ParsedValue parsed = parser.parse("较上年" + word + number + unit);
        assertEquals(ValueKind.QUANTITATIVE, parsed.kind(), parsed::toString);
        assertEquals(0, new java.math.BigDecimal(number).compareTo(parsed.number()), parsed::toString);
        assertNotNull(parsed.change(), parsed::toString);
        assertEquals(word.startsWith("增") || word.startsWith("提") ? RelativeChange.Direction.INCREASE
                : RelativeChange.Direction.DECREASE, parsed.change().direction());
    }

    @Property(tries = 1000)
    void chineseNumeralsReadAsTheirNumber(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 99_999) int n,
            @ForAll("measureWords") String unit) {
        net.jqwik.api.Assume.that(n < 10_000 || n % 10_000 != 0);   // "二万元" is read as 2 万元, as clerks mean it
        ParsedValue parsed = parser.parse(chinese(n) + unit);
        assertEquals(ValueKind.QUANTITATIVE, parsed.kind(), parsed::toString);
        assertEquals(0, java.math.BigDecimal.valueOf(n).compareTo(parsed.number()), parsed::toString);
        ParsedValue percent = parser.parse("百分之" + chinese(n % 101));
        assertEquals(0, java.math.BigDecimal.valueOf(n % 101).compareTo(percent.number()), percent::toString);
        assertEquals("%", percent.unit());
    }

    @Property(tries = 500)
    void aMonthEndIsTheLastDayOfThatMonthInTheFiscalYear(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 2000, max = 2099) int year,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int month,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 2000, max = 2100) int fiscalYear) {
        java.time.YearMonth end = java.time.YearMonth.of(year, month);
        assertEquals(end.atEndOfMonth(), parser.parse(year + "年" + month + "月底前完成").deadline().in(fiscalYear));
        assertEquals(java.time.YearMonth.of(fiscalYear, month).atEndOfMonth(),
                parser.parse(chinese(month) + "月底").deadline().in(fiscalYear));
    }

    @Provide
    Arbitrary<String> rangeUnits() {
        return Arbitraries.of("%", "人", "万元", "天", "个工作日", "种", "场", "亩", "人次");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("-", "~", "～", "至", "到");
    }

    @Provide
    Arbitrary<String> changeWords() {
        return Arbitraries.of("增长", "增加", "提高", "下降", "减少", "降低");
    }

    @Provide
    Arbitrary<String> measureWords() {
        return Arbitraries.of("种", "起", "场", "期", "份", "台", "户", "人次", "工作日", "篇", "批", "所", "辆", "亩",
                "公里", "平方米", "个月", "名", "次", "元", "万元");
    }

    /** 0 → 零, 12 → 十二, 105 → 一百零五, 20300 → 二万零三百: the way numbers are written in words. */
    static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n == 0) {
            return "零";
        }
        String[] units = {"", "十", "百", "千", "万"};
        String written = String.valueOf(n);
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < written.length(); i++) {
            int d = written.charAt(i) - '0';
            int position = written.length() - 1 - i;
            if (d == 0) {
                zero = true;
                continue;
            }
            if (zero && out.length() > 0) {
                out.append('零');
            }
            zero = false;
            if (!(d == 1 && position == 1 && out.length() == 0)) {
                out.append(digits.charAt(d));
            }
            out.append(units[position]);
        }
        return out.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
