package com.budgetperf.catalog.domain.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeedTableReaderTests {

    static final Set<String> LEVEL1 = Set.of("产出指标", "效益指标", "满意度指标", "成本指标");
    static final Set<String> LEVEL2 = Set.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标",
            "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标", "社会成本指标", "生态环境成本指标");

    @Test
    void readsTheMeasuredNumberOfIndicatorRowsAndProjectsPerFile() {
        // Measured on the seeds; a parser change that gains or loses rows must update these on purpose.
        List<SeedIndicatorRow> rows000 = Seeds.rows(Seeds.F000);
        List<SeedIndicatorRow> rows001 = Seeds.rows(Seeds.F001);
        List<SeedIndicatorRow> rows002 = Seeds.rows(Seeds.F002);
        assertEquals(207, rows000.size());
        assertEquals(169, rows001.size());
        assertEquals(114, rows002.size());
        assertEquals(490, Seeds.allRows().size());
        // 22 projects + the department-wide table; 22 projects; 34 projects: the ~78 tables of seeds/README.md
        assertEquals(23, rows000.stream().map(SeedIndicatorRow::project).distinct().count());
        assertEquals(22, rows001.stream().map(SeedIndicatorRow::project).distinct().count());
        assertEquals(34, rows002.stream().map(SeedIndicatorRow::project).distinct().count());
    }

    @Test
    void noIndicatorRowWithANameIsLost() {
        // Independent oracle: every row of the data width whose 二级 cell is blank or a 二级 name and whose 三级 cell
        // is filled is an indicator row; the reader must yield each of those names (as a multiset).
        for (String seed : Seeds.ALL) {
            Map<String, Integer> expected = new HashMap<>();
            for (List<String> cells : rawRows(Seeds.text(seed))) {
                int offset = cells.size() == 10 ? 1 : 0;
                boolean dataWidth = seed.equals(Seeds.F000) ? cells.size() == 10 || cells.size() == 8 : cells.size() == 6;
                if (!dataWidth || cells.contains("一级指标")) {
                    continue;
                }
                String level2 = cells.get(offset + 1).strip();
                String name = cells.get(offset + 2).strip();
                if (!name.isEmpty() && !name.equals("三级指标") && (level2.isEmpty() || level2.contains("指标")
                        || level2.contains("影响"))) {
                    expected.merge(name, 1, Integer::sum);
                }
            }
            Map<String, Integer> read = new HashMap<>();
            Seeds.rows(seed).forEach(row -> read.merge(row.name(), 1, Integer::sum));
            expected.forEach((name, count) -> assertTrue(read.getOrDefault(name, 0) >= count,
                    seed + ": lost indicator row " + name));
            int oracle = expected.values().stream().mapToInt(Integer::intValue).sum();
            // 002 has one row split by an empty paragraph inside a cell (line 862); the reader rejoins it.
            assertEquals(oracle + (seed.equals(Seeds.F002) ? 1 : 0), Seeds.rows(seed).size(), seed);
        }
    }

    @Test
    void levelsAreCanonicalAndWordLeftoversAreGone() {
        for (SeedIndicatorRow row : Seeds.allRows()) {
            assertTrue(LEVEL1.contains(row.level1()), row.toString());
            assertTrue(LEVEL2.contains(row.level2()), row.toString());
            for (String field : List.of(row.project(), row.name(), row.rawValue())) {
                assertFalse(field.contains("[bookmark"), row.toString());
                assertFalse(field.contains("\\f "), row.toString());
                assertFalse(field.contains(" TC "), row.toString());
            }
        }
        // 效果指标 / 可持续性影响指标 (002) and 可持续性影响 (000) arrive canonical
        assertTrue(Seeds.rows(Seeds.F002).stream().anyMatch(row -> row.level1().equals("效益指标")));
        assertTrue(Seeds.rows(Seeds.F000).stream().anyMatch(row -> row.level2().equals("可持续影响指标")
                && row.project().equals("部门整体绩效目标")));
        assertEquals("时效指标", SeedTableReader.canonicalLevel2("进度指标"));
        assertEquals("生态效益指标", SeedTableReader.canonicalLevel2("环境效益指标"));
    }

    @Test
    void valuesProjectsAndPolicyAreasOfTheThreeLayouts() {
        SeedIndicatorRow split = find(Seeds.F000, "待遇发放人数");
        assertEquals(">=6500人", split.rawValue());
        assertEquals("部门整体绩效目标", split.project());
        assertEquals("产出指标", split.level1());
        assertEquals("合理规范", find(Seeds.F000, "资金使用规范性").rawValue());
        assertEquals("城乡养老缴费补贴", find(Seeds.F000, "城乡居民基本养老保险参保人数").project());
        assertEquals("≥95.00%", find(Seeds.F000, "城乡居民基本养老保险参保人数").rawValue());

        SeedIndicatorRow hebei = find(Seeds.F001, "代缴人数");
        assertEquals("1524人", hebei.rawValue());
        assertEquals("城乡居民基本养老保险重度残疾人缴费补贴", hebei.project());
        assertEquals("社会保障和就业", hebei.policyArea());
        assertEquals("≥90百分数", find(Seeds.F001, "城乡居民政策知晓率").rawValue());

        SeedIndicatorRow newArea = find(Seeds.F002, "补助数量");
        assertEquals("补助被征地农民支出(人社)", newArea.project());
        assertEquals("社会保障和就业", newArea.policyArea());
        assertEquals("公共安全", find(Seeds.F002, "为群众提供法律援助").policyArea());
        assertEquals("司法业务经费", find(Seeds.F002, "为群众提供法律援助").project());
        SeedIndicatorRow rejoined = find(Seeds.F002, "增强青少年学法、尊法守法、用法意识");
        assertEquals("提高", rejoined.rawValue());
        assertEquals("服务对象满意度指标", rejoined.level2());
    }

    @Test
    void wordFieldLeftoversAreStripped() {
        assertEquals("2、城乡居民基本养老保险区级补助资金绩效目标表",
                SeedTableReader.stripWordLeftovers("2、城乡居民基本养老保险区级补助资金绩效目标表 TC 2、城乡居民 \\f C \\l 1 "));
        assertEquals("≥90百分数", SeedTableReader.stripWordLeftovers("[bookmark: _GoBack]≥90百分数"));
        assertEquals("", SeedTableReader.stripWordLeftovers(" TC 1、办案业务绩效目标表 \\f C \\l 1 "));
    }

    private static SeedIndicatorRow find(String seed, String name) {
        return Seeds.rows(seed).stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(seed + " has no row " + name));
    }

    /** Rows as the dump holds them: consecutive tab lines up to a blank line. */
    private static List<List<String>> rawRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (current == null) {
                    current = new ArrayList<>();
                    rows.add(current);
                }
                current.add(line.substring(1));
            } else if (line.isBlank()) {
                current = null;
            }
        }
        return rows;
    }
}
