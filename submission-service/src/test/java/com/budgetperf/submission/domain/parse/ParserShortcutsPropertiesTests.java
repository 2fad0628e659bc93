package com.budgetperf.submission.domain.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parser skips a pattern when the text lacks a character every match of it needs; each shortcut answers what
 * running the patterns answers.
 */
class ParserShortcutsPropertiesTests {

    private static final List<String> FRAGMENTS = List.of("[bookmark: _GoBack]", "[image: x]", "[", "]", " TC ",
            "TC 1、目标 \\f C \\l 1 ", "PAGEREF _Toc70323705 \\h", "PAGEREF", "百分之九十五", "九十五", "三个月", "两名",
            "一百二十人", "二〇二六年", "六月底", "十二月", "12月", "3日", "号", "年", "万", "亿", "点", "零", "〇", "95%",
            "≥", "完成", "人次", " ", "\t", "\n", "\u3000", "，", "。", "：");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("0123456789[]: TCPAGEREF\\fl\n").withCharRange('一', '龥')
                .withChars("零〇一二两三四五六七八九十百千万亿点年月日号").ofMaxLength(10);
        return Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), chars).list().ofMaxSize(6)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 3000)
    void wordLeftoversStripAsEveryPatternStrips(@ForAll("texts") String text) {
        assertEquals(WordLeftovers.everyPatternStripped(text), WordLeftovers.strip(text), text);
    }

    @Property(tries = 3000)
    void numeralsRewriteAsThePatternsRewrite(@ForAll("texts") String text) {
        assertEquals(ChineseNumerals.everyRunRewritten(text), ChineseNumerals.rewrite(text), text);
        assertEquals(ChineseNumerals.everyDateRewritten(text), ChineseNumerals.rewriteDates(text), text);
    }

    @Property(tries = 3000)
    void whitespaceIsFoundAsThePatternFindsIt(@ForAll("texts") String text) {
        assertEquals(java.util.regex.Pattern.compile("\\s").matcher(text).find(), IndicatorValueParser.hasWhitespace(text),
                text);
    }
}
