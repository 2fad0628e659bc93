package com.budgetperf.catalog.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class IndicatorLibraryImportTests {

    static final List<IndicatorTemplateDraft> LIBRARY = IndicatorLibraryImport.importRows(Seeds.allRows());

    @Test
    void measuredCountsAfterDeduplication() {
        assertEquals(327, LIBRARY.size());
        assertEquals(7, LIBRARY.stream().filter(t -> !t.aliases().isEmpty()).count());
        assertEquals(9, LIBRARY.stream().mapToInt(t -> t.aliases().size()).sum());
        assertEquals(490, LIBRARY.stream().mapToInt(IndicatorTemplateDraft::seedRows).sum(), "every row lands in a template");
        assertEquals(LIBRARY.size(), LIBRARY.stream().map(t -> t.level2() + "/" + t.name()).distinct().count(),
                "one template per (二级, name)");
    }

    @Test
    void spellingsOfOneIndicatorBecomeAliases() {
        assertEquals(List.of("服务对像满意", "服务对象满意", "服务对象满意度（%）"), template("服务对象满意度指标", "服务对象满意度").aliases());
        assertEquals(17, template("服务对象满意度指标", "服务对象满意度").seedRows());
        assertEquals(List.of("享受人数人数"), template("数量指标", "享受人数").aliases());
        assertEquals(List.of("培训对像满意度"), template("服务对象满意度指标", "培训对象满意度").aliases());
        assertEquals(List.of("工程按时完成率（%）"), template("质量指标", "工程按时完成率").aliases());
        assertEquals(List.of("创新人才培养数量（人）"), template("数量指标", "创新人才培养数量").aliases());
        assertEquals(List.of("制作与发放外宣品的数量（份）"), template("数量指标", "制作与发放外宣品的数量").aliases());
    }

    @Test
    void differentIndicatorsStaySeparate() {
        Map<String, IndicatorTemplateDraft> byName = LIBRARY.stream()
                .filter(t -> t.level2().equals("社会效益指标"))
                .collect(Collectors.toMap(IndicatorTemplateDraft::name, t -> t));
        assertTrue(byName.containsKey("社会稳定") && byName.containsKey("社会稳定水平") && byName.containsKey("社会稳定性"));
        assertNotEquals(IndicatorLibraryImport.key("参保率"), IndicatorLibraryImport.key("参保人数"));
        assertNotEquals(IndicatorLibraryImport.key("完成率"), IndicatorLibraryImport.key("按时完成率"));
        // the same name under two 二级 is two templates
        assertEquals(3, LIBRARY.stream().filter(t -> t.name().equals("覆盖率")).count());
    }

    @Test
    void namesAreNormalised() {
        assertEquals("参保人数", IndicatorLibraryImport.normalizeName(" 1、参保人数 "));
        assertEquals("参保人数", IndicatorLibraryImport.normalizeName("（1）参保人数；"));
        assertEquals("参保人数", IndicatorLibraryImport.normalizeName("①参保 人数。"));
        assertEquals("参保率", IndicatorLibraryImport.normalizeName("二、参保率（%）"));
        assertEquals("GDP增长率2", IndicatorLibraryImport.normalizeName("ＧＤＰ增长率２"));
        assertEquals("开展培训，提升创新能力", IndicatorLibraryImport.normalizeName("开展培训，提升创新能力"));
        assertEquals("享受人数", IndicatorLibraryImport.key("享受人数人数"));
        assertEquals("服务对象满意度", IndicatorLibraryImport.key("服务对像满意"));
        assertEquals("培训人数", IndicatorLibraryImport.key("培训人数量"));
    }

    @Test
    void valueKindUnitAndDirectionAreGuessedFromTheValues() {
        IndicatorTemplateDraft satisfaction = template("服务对象满意度指标", "服务对象满意度");
        assertEquals(IndicatorLibraryImport.QUANTITATIVE, satisfaction.valueKind());
        assertEquals("%", satisfaction.unit());
        assertEquals(IndicatorLibraryImport.POSITIVE, satisfaction.direction());
        assertTrue(satisfaction.typicalValues().size() <= 5 && satisfaction.typicalValues().contains("≥95.00%"));
        assertEquals(List.of("社会保障和就业"), satisfaction.policyAreas());
        assertEquals(List.of(Seeds.F000, Seeds.F001), satisfaction.sources());

        IndicatorTemplateDraft unemployment = template("经济效益指标", "年末城镇登记失业率");
        assertEquals(IndicatorLibraryImport.NEGATIVE, unemployment.direction());
        assertEquals("%", unemployment.unit());

        IndicatorTemplateDraft deadline = template("时效指标", "按时代缴");
        assertEquals(IndicatorLibraryImport.DEADLINE, deadline.valueKind());
        assertNull(deadline.unit());

        IndicatorTemplateDraft qualitative = template("社会效益指标", "社会稳定水平");
        assertEquals(IndicatorLibraryImport.QUALITATIVE, qualitative.valueKind());
        assertNull(qualitative.direction());
    }

    @Test
    void levelsAreCanonical() {
        for (IndicatorTemplateDraft template : LIBRARY) {
            assertTrue(SeedTableReaderTests.LEVEL1.contains(template.level1()), template.toString());
            assertTrue(SeedTableReaderTests.LEVEL2.contains(template.level2()), template.toString());
        }
    }

    @Test
    void importingTwiceGivesEqualResults() {
        assertEquals(LIBRARY, IndicatorLibraryImport.importRows(Seeds.allRows()));
        List<SeedIndicatorRow> reversed = new java.util.ArrayList<>(Seeds.allRows());
        java.util.Collections.reverse(reversed);
        assertEquals(LIBRARY.stream().map(t -> t.level2() + "/" + t.name()).toList(),
                IndicatorLibraryImport.importRows(reversed).stream().map(t -> t.level2() + "/" + t.name()).toList());
    }

    private static IndicatorTemplateDraft template(String level2, String name) {
        return LIBRARY.stream().filter(t -> t.level2().equals(level2) && t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no template " + level2 + "/" + name));
    }
}
