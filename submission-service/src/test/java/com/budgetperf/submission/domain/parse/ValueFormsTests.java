package com.budgetperf.submission.domain.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranges, changes against a base, Chinese numerals, deadline dates and the unit vocabulary. */
class ValueFormsTests {

    private final IndicatorValueParser parser = new IndicatorValueParser();

    /** raw | lower | upper | unit | unit kind. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            90%-95%|90|95|%|SHARE
            95%~100%|95|100|%|SHARE
            95%～100%|95|100|%|SHARE
            90-95%|90|95|%|SHARE
            90%至95%|90|95|%|SHARE
            ≥95%且≤100%|95|100|%|SHARE
            ≥95%,≤100%|95|100|%|SHARE
            不低于95%且不高于100%|95|100|%|SHARE
            ≤100%且≥95%|95|100|%|SHARE
            3-5个工作日|3|5|工作日|TIME
            10万元-20万元|10|20|万元|MONEY
            1~3|1|3||
            """)
    void ranges(String raw, BigDecimal lower, BigDecimal upper, String unit, UnitKind kind) {
        ParsedValue value = parser.parse(raw);
        assertEquals(ValueKind.QUANTITATIVE, value.kind(), value::toString);
        assertEquals(ComparisonOperator.BETWEEN, value.operator(), value::toString);
        assertTrue(value.isRange());
        assertEquals(0, lower.compareTo(value.number()), value::toString);
        assertEquals(0, upper.compareTo(value.upper()), value::toString);
        assertEquals(unit, value.unit());
        assertEquals(kind, value.unitKind());
    }

    @Test
    void spansThatAreNoRangesStayText() {
        assertNotEquals(ValueKind.QUANTITATIVE, parser.parse("2021-2023").kind());
        assertNotEquals(ValueKind.QUANTITATIVE, parser.parse("95%-90%").kind(), "upper below lower");
        assertNotEquals(ValueKind.QUANTITATIVE, parser.parse("90%-95人").kind(), "two units");
        assertNotEquals(ValueKind.QUANTITATIVE, parser.parse("1-2季度完成培训").kind());
    }

    /** raw | operator | number | unit | base | direction. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            较上年增长10%|EQ|10|%|上年|INCREASE
            比去年提高5个百分点|EQ|5|百分点|去年|INCREASE
            同比增长不低于10%|GE|10|%|上年|INCREASE
            较上年减少5%以上|GE|5|%|上年|DECREASE
            较2020年下降3%|EQ|3|%|2020年|DECREASE
            增加200人|EQ|200|人||INCREASE
            较上年同期缩短2个工作日|EQ|2|工作日|上年同期|DECREASE
            """)
    void changesAgainstABase(String raw, ComparisonOperator operator, BigDecimal number, String unit, String base,
            RelativeChange.Direction direction) {
        ParsedValue value = parser.parse(raw);
        assertEquals(ValueKind.QUANTITATIVE, value.kind(), value::toString);
        assertEquals(operator, value.operator(), value::toString);
        assertEquals(0, number.compareTo(value.number()), value::toString);
        assertEquals(unit, value.unit());
        assertEquals(new RelativeChange(base, direction), value.change());
    }

    @Test
    void vagueChangesWithoutANumberStayVagueWords() {
        ParsedValue value = parser.parse("较上年有所提高");
        assertEquals(ValueKind.QUALITATIVE, value.kind());
        assertTrue(value.has(ValueFlag.VAGUE_WORDING));
        assertNull(value.change());
    }

    /** raw | operator | number | unit. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            百分之九十五|EQ|95|%
            不低于百分之九十|GE|90|%
            百分之百|EQ|100|%
            百分之九十五点五|EQ|95.5|%
            三个月|EQ|3|月
            不少于三次|GE|3|次
            两名|EQ|2|人
            一百二十人|EQ|120|人
            十五个工作日内|LE|15|工作日
            三万元|EQ|3|万元
            一千零五户|EQ|1005|户
            """)
    void chineseNumerals(String raw, ComparisonOperator operator, BigDecimal number, String unit) {
        ParsedValue value = parser.parse(raw);
        assertEquals(ValueKind.QUANTITATIVE, value.kind(), value::toString);
        assertEquals(operator, value.operator(), value::toString);
        assertEquals(0, number.compareTo(value.number()), value::toString);
        assertEquals(unit, value.unit());
        assertTrue(value.has(ValueFlag.CHINESE_NUMERAL));
        assertEquals(raw, value.text(), "the text stays as written");
    }

    @Test
    void wordsWithNumeralCharactersStayWords() {
        for (String words : List.of("一流", "统一发放", "十分满意", "进一步提高", "一次性发放到位", "一户一档", "万无一失")) {
            ParsedValue value = parser.parse(words);
            assertNotEquals(ValueKind.QUANTITATIVE, value.kind(), value::toString);
            assertFalse(value.has(ValueFlag.CHINESE_NUMERAL), words);
        }
    }

    /** raw | fiscal year | date. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026年6月底|2021|2026-06-30
            2026年6月底前完成|2026|2026-06-30
            上半年完成|2026|2026-06-30
            下半年|2026|2026-12-31
            年底前|2026|2026-12-31
            年底之前发放到位|2021|2021-12-31
            12月底前|2026|2026-12-31
            6月底完成|2021|2021-06-30
            2月底|2024|2024-02-29
            9月15日前|2026|2026-09-15
            2025年底|2026|2025-12-31
            三季度末|2026|2026-09-30
            第一季度完成|2026|2026-03-31
            六月底前|2026|2026-06-30
            十二月底|2026|2026-12-31
            2025年1月至6月|2026|2025-06-30
            11月中旬|2026|2026-11-20
            2026年上半年|2021|2026-06-30
            """)
    void deadlinesBecomeDates(String raw, int fiscalYear, String date) {
        ParsedValue value = parser.parse(raw);
        assertEquals(ValueKind.DEADLINE, value.kind(), value::toString);
        assertEquals(date, value.deadline().in(fiscalYear).toString(), value::toString);
    }

    @Test
    void recurringDeadlinesNameNoDate() {
        for (String recurring : List.of("每季度末", "每月30日以前发放到位", "每月月底前发放到位", "按月发放")) {
            ParsedValue value = parser.parse(recurring);
            assertEquals(ValueKind.DEADLINE, value.kind(), value::toString);
            assertNull(value.deadline(), recurring);
        }
    }

    /** unit as written | normalised | kind. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            种|种|COUNT
            起|起|COUNT
            场|场|COUNT
            期|期|COUNT
            份|份|COUNT
            台|台|COUNT
            户|户|COUNT
            人次|人次|COUNT
            篇|篇|COUNT
            批|批|COUNT
            所|所|COUNT
            辆|辆|COUNT
            名|人|COUNT
            万人次|万人次|COUNT
            工作日|工作日|TIME
            个工作日|工作日|TIME
            个月|月|TIME
            亩|亩|AREA
            万亩|万亩|AREA
            平方米|平方米|AREA
            ㎡|平方米|AREA
            公里|公里|LENGTH
            元|元|MONEY
            万元|万元|MONEY
            亿元|亿元|MONEY
            %|%|SHARE
            百分数|%|SHARE
            百分点|百分点|SHARE
            元/人|元/人|MONEY
            元/平方米/天|元/平方米/天|MONEY
            元/人·月|元/人·月|MONEY
            元/户・年|元/户·年|MONEY
            元/人·天|元/人·天|MONEY
            小时/人·月|小时/人·月|TIME
            """)
    void theUnitVocabulary(String written, String unit, UnitKind kind) {
        ParsedValue value = parser.parse("≥12" + written);
        assertEquals(ValueKind.QUANTITATIVE, value.kind(), value::toString);
        assertEquals(unit, value.unit());
        assertEquals(kind, value.unitKind());
        assertFalse(value.has(ValueFlag.UNKNOWN_UNIT), value::toString);
        assertFalse(value.has(ValueFlag.MONEY_UNIT_INCOMPLETE), value::toString);
    }

    @Test
    void tenThousandAloneIsMoneyWithoutYuan() {
        ParsedValue value = parser.parse("1574万");
        assertEquals("万元", value.unit());
        assertEquals(UnitKind.MONEY, value.unitKind());
        assertTrue(value.has(ValueFlag.MONEY_UNIT_INCOMPLETE));
        assertTrue(parser.parse("≥12家庭").has(ValueFlag.UNKNOWN_UNIT), "家庭 is no measure word: 户");
        assertNull(parser.parse("≥12家庭").unitKind());
    }
}
