package com.budgetperf.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.budgetperf.report.domain.cube.ValueType;

class FiguresTests {

    @Test
    void amountsAreWanYuanWithTwoDecimalsAndSeparators() {
        assertEquals("302.60", Figures.money(new BigDecimal("302.600000")));
        assertEquals("1,234,567.01", Figures.money(new BigDecimal("1234567.005000")));
        assertEquals("0.00", Figures.money(BigDecimal.ZERO.setScale(6)));
        assertEquals("—", Figures.money(null));
    }

    @Test
    void sharesArePercentagesWithOneDecimal() {
        assertEquals("72.3%", Figures.percent(new BigDecimal("0.7234")));
        assertEquals("100.0%", Figures.percent(new BigDecimal("1.0000")));
        assertEquals("66.7%", Figures.percent(new BigDecimal("0.6667")));
    }

    @Test
    void changesCarryTheirSignAndUnit() {
        assertEquals("+1,347.10", Figures.change(ValueType.MONEY, new BigDecimal("1547.1"), new BigDecimal("200")));
        assertEquals("−5.00", Figures.change(ValueType.MONEY, new BigDecimal("5"), new BigDecimal("10")));
        assertEquals("+2", Figures.change(ValueType.INTEGER, 3L, 1L));
        assertEquals("0", Figures.change(ValueType.INTEGER, 1L, 1L));
        assertEquals("+1.5 个百分点", Figures.change(ValueType.RATIO, new BigDecimal("0.7234"), new BigDecimal("0.7084")));
        assertEquals("—", Figures.change(ValueType.MONEY, null, BigDecimal.ONE));
        assertEquals("3.0 天", Figures.days(new BigDecimal("2.96")));
        assertEquals("85.5", Figures.score(new BigDecimal("85.46")));
        assertEquals("1,234", Figures.count(1234L));
    }
}
