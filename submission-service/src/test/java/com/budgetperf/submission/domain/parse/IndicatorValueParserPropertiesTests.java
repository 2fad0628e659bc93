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

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
