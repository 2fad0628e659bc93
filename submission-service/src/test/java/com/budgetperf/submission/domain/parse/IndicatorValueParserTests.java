package com.budgetperf.submission.domain.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorValueParserTests {

    private final IndicatorValueParser parser = new IndicatorValueParser();

    /**
     * Columns: raw | kind | operator | number | unit | flags that must be present (space separated).
     * Empty cells mean null / none.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, nullValues = "", textBlock = """
            ≥95%|QUANTITATIVE|GE|95|%|
            >=95|QUANTITATIVE|GE|95||
            100百分数|QUANTITATIVE|EQ|100|%|UNIT_NORMALISED OPERATOR_IMPLICIT
            ≥33百分比|QUANTITATIVE|GE|33|%|UNIT_NORMALISED
            ≥100百分率|QUANTITATIVE|GE|100|%|UNIT_NORMALISED
            1524人|QUANTITATIVE|EQ|1524|人|OPERATOR_IMPLICIT
            ≥350人次|QUANTITATIVE|GE|350|人次|
            2.58万元|QUANTITATIVE|EQ|2.58|万元|
            1574万|QUANTITATIVE|EQ|1574|万元|UNIT_NORMALISED
            0.1元/平方米/天|QUANTITATIVE|EQ|0.1|元/平方米/天|
            100元/月/人|QUANTITATIVE|EQ|100|元/月/人|
            ≤7工作日|QUANTITATIVE|LE|7|工作日|
            7个工作日内|QUANTITATIVE|LE|7|工作日|UNIT_NORMALISED
            ≤4.5%|QUANTITATIVE|LE|4.5|%|
            >90%|QUANTITATIVE|GT|90|%|
            <5件|QUANTITATIVE|LT|5|件|
            =100%|QUANTITATIVE|EQ|100|%|
            ＝100%|QUANTITATIVE|EQ|100|%|FULL_WIDTH_NORMALISED
            不低于95%|QUANTITATIVE|GE|95|%|
            不少于20期|QUANTITATIVE|GE|20|期|
            至少1名|QUANTITATIVE|GE|1|人|UNIT_NORMALISED
            不超过3天|QUANTITATIVE|LE|3|天|
            不高于6000万元|QUANTITATIVE|LE|6000|万元|
            95%以上|QUANTITATIVE|GE|95|%|
            达95%以上|QUANTITATIVE|GE|95|%|
            30天以内|QUANTITATIVE|LE|30|天|
            5%以下|QUANTITATIVE|LE|5|%|
            约200人|QUANTITATIVE|APPROX|200|人|
            200人左右|QUANTITATIVE|APPROX|200|人|
            预计10万|QUANTITATIVE|APPROX|10|万元|UNIT_NORMALISED
            ≥ ９５ ％|QUANTITATIVE|GE|95|%|FULL_WIDTH_NORMALISED
            １００％|QUANTITATIVE|EQ|100|%|FULL_WIDTH_NORMALISED OPERATOR_IMPLICIT
            ＞＝90%|QUANTITATIVE|GE|90|%|FULL_WIDTH_NORMALISED
            [bookmark: _GoBack]≥90百分数|QUANTITATIVE|GE|90|%|WORD_LEFTOVER_REMOVED UNIT_NORMALISED
            ≥98% TC 1、办案业务绩效目标表 \\f C \\l 1 |QUANTITATIVE|GE|98|%|WORD_LEFTOVER_REMOVED
            100|QUANTITATIVE|EQ|100||OPERATOR_IMPLICIT
            1000家庭|QUANTITATIVE|EQ|1000|家庭|UNKNOWN_UNIT
            上半年完成|DEADLINE||||
            2025年底|DEADLINE||||
            12月底前|DEADLINE||||
            6月底完成|DEADLINE||||
            每月30日以前发放到位|DEADLINE||||
            每季度末|DEADLINE||||
            满意|QUALITATIVE||||
            基本满意|QUALITATIVE||||
            有所提高|QUALITATIVE||||VAGUE_WORDING
            逐步改善|QUALITATIVE||||VAGUE_WORDING
            显著提升|QUALITATIVE||||VAGUE_WORDING
            根据实际|QUALITATIVE||||VAGUE_WORDING
            优|QUALITATIVE||||
            良好|QUALITATIVE||||
            及时拨付|QUALITATIVE||||
            补助1007家庭户，补助1630名被征地农民|QUALITATIVE||||NUMBER_IN_TEXT
            0新区环境稳定|QUALITATIVE||||NUMBER_IN_TEXT
            涉密|CLASSIFIED||||
            ？？|UNREADABLE||||UNREADABLE
            ≥|UNREADABLE||||UNREADABLE
            ——|EMPTY||||PLACEHOLDER
            /|EMPTY||||PLACEHOLDER
            无|EMPTY||||PLACEHOLDER
            """)
    void readsOneCell(String raw, ValueKind kind, ComparisonOperator operator, BigDecimal number, String unit,
                      String flags) {
        ParsedValue value = parser.parse(raw.replace("\\\\", "\\"));
        assertValue(value, kind, operator, number, unit, flags);
        assertEquals(raw.replace("\\\\", "\\"), value.raw());
    }

    /** The split 符号 | 值 | 单位（文字描述） columns of seed 000. */
    @ParameterizedTest(name = "[{index}] {0} {1} {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, nullValues = "", textBlock = """
            ≥|95|%|QUANTITATIVE|GE|95|%|
            =|100|%|QUANTITATIVE|EQ|100|%|
            >=|95　|%|QUANTITATIVE|GE|95|%|
            >=|6500|　人|QUANTITATIVE|GE|6500|人|
            ≤|3|个工作日|QUANTITATIVE|LE|3|工作日|UNIT_NORMALISED
            |95|%|QUANTITATIVE|EQ|95|%|OPERATOR_IMPLICIT
            |达标|文字描述|QUALITATIVE||||
            文字描述|'　'|按时拨付到位|QUALITATIVE||||
            文字描述|'　'|逐步提高我区政务工作水平|QUALITATIVE||||VAGUE_WORDING
            文字描述|'　'|232元/人|QUANTITATIVE|EQ|232|元/人|NUMBER_IN_TEXT
            文字描述|'　'|'　'|EMPTY||||
            |||EMPTY||||
            """)
    void readsSplitColumns(String symbol, String value, String unit, ValueKind kind, ComparisonOperator operator,
                           String number, String normalisedUnit, String flags) {
        ParsedValue parsed = parser.parse(symbol, value, unit);
        assertValue(parsed, kind, operator, number == null ? null : new BigDecimal(number), normalisedUnit, flags);
        assertEquals(orEmpty(symbol) + "|" + orEmpty(value) + "|" + orEmpty(unit), parsed.raw());
    }

    @Test
    void keepsTheNumberExactAndTheRawTextAsWritten() {
        ParsedValue value = parser.parse(" ≥ 95.00 % ");
        assertEquals(new BigDecimal("95.00"), value.number());
        assertEquals(" ≥ 95.00 % ", value.raw());
        assertEquals("≥ 95.00 %", value.text());
    }

    @Test
    void gradesAreNotVagueAndProsePunctuationIsKept() {
        for (String grade : new String[] {"满意", "基本满意", "优", "良好"}) {
            assertTrue(parser.parse(grade).flags().isEmpty(), grade);
        }
        ParsedValue prose = parser.parse("及时审核、足额发放，保持稳定");
        assertEquals("及时审核、足额发放，保持稳定", prose.text());
        assertTrue(prose.flags().isEmpty(), prose.toString());
    }

    @Test
    void neverThrowsAndKeepsNullAsEmpty() {
        ParsedValue value = parser.parse(null);
        assertEquals(ValueKind.EMPTY, value.kind());
        assertEquals("", value.raw());
        assertEquals(ValueKind.EMPTY, parser.parse("").kind());
        assertEquals(ValueKind.EMPTY, parser.parse(null, null, null).kind());
    }

    private static String orEmpty(String cell) {
        return cell == null ? "" : cell;
    }

    private static void assertValue(ParsedValue value, ValueKind kind, ComparisonOperator operator,
                                    BigDecimal number, String unit, String flags) {
        String context = value.toString();
        assertEquals(kind, value.kind(), context);
        assertEquals(operator, value.operator(), context);
        if (number == null) {
            assertNull(value.number(), context);
        } else {
            assertEquals(0, number.compareTo(value.number()), context);
        }
        assertEquals(unit, value.unit(), context);
        Set<ValueFlag> expected = flags == null ? EnumSet.noneOf(ValueFlag.class)
                : Arrays.stream(flags.trim().split(" ")).map(ValueFlag::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ValueFlag.class)));
        assertTrue(value.flags().containsAll(expected), context + " should have " + expected);
    }
}
