package com.budgetperf.platform.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The structure of the versioned GB/T 2260 data for 河北省 (hebei.csv) and the names the platform shows. */
class RegionNamesTests {

    private static final List<RegionNames.Entry> ENTRIES = RegionNames.entries();

    @Test
    void theProvinceItsElevenCitiesAndTheirCountyLevelDivisions() {
        Map<String, Long> byKind = ENTRIES.stream()
                .collect(Collectors.groupingBy(RegionNames.Entry::kind, Collectors.counting()));
        assertEquals(1L, byKind.get("省"));
        assertEquals(11L, byKind.get("地级市"));
        // 民政部 2023: 49 市辖区, 21 县级市, 91 县, 6 自治县 = 167 county-level divisions
        assertEquals(49L, byKind.get("市辖区"));
        assertEquals(21L, byKind.get("县级市"));
        assertEquals(91L, byKind.get("县"));
        assertEquals(6L, byKind.get("自治县"));
        assertTrue(byKind.get("功能区") > 0);
        assertEquals(Set.of("省", "地级市", "市辖区", "县级市", "县", "自治县", "功能区"), byKind.keySet());
    }

    @Test
    void everyCountyLiesInACityOfTheDataAndEveryCodeIsOnce() {
        Map<RegionCode, RegionNames.Entry> byCode = ENTRIES.stream()
                .collect(Collectors.toMap(RegionNames.Entry::region, Function.identity()));
        assertEquals(ENTRIES.size(), byCode.size());
        Set<String> names = new HashSet<>();
        for (RegionNames.Entry entry : ENTRIES) {
            assertFalse(entry.name().isBlank(), entry.region().code());
            assertTrue(entry.name().matches("[\\p{IsHan}]+"), entry.name());
            assertTrue(entry.region().code().startsWith("13"), entry.region().code());
            entry.region().lineage().forEach(above -> assertTrue(byCode.containsKey(above),
                    entry.region() + " lies in " + above + ", which the data lacks"));
            switch (entry.region().level()) {
                case PROVINCE -> assertEquals("省", entry.kind());
                case CITY -> assertEquals("地级市", entry.kind());
                case COUNTY -> {
                    assertFalse(Set.of("省", "地级市").contains(entry.kind()), entry.toString());
                    // development zones are numbered x7x, administrative divisions never are
                    assertEquals("功能区".equals(entry.kind()), entry.region().code().charAt(4) == '7', entry.toString());
                }
                default -> throw new AssertionError(entry);
            }
            // a name repeats only in other cities (桥西区 of 石家庄 and of 张家口, 新华区 of 石家庄 and of 沧州)
            names.add(entry.region().parent().map(RegionCode::code).orElse("") + entry.name());
        }
        assertEquals(ENTRIES.size(), names.size());
    }

    @Test
    void theSeedTablesRegionsHaveTheirNames() {
        assertEquals(Optional.of("满城区"), RegionCode.of("130607").name());
        assertEquals(Optional.of("北戴河新区"), RegionCode.of("130372").name());
        assertEquals(Optional.of("承德高新技术产业开发区"), RegionCode.of("130871").name());
        assertEquals(Optional.of("保定市"), RegionCode.of("1306").name());
        assertEquals(Optional.of("河北省"), RegionCode.of("13").name());
        assertEquals(Optional.of("竞秀区"), RegionCode.of("130602").name());
        assertEquals(Optional.of("莲池区"), RegionCode.of("130606").name());
        assertEquals(Optional.of("安次区"), RegionCode.of("131002").name());
    }

    @Test
    void aCodeTheDataLacksIsShownAsItsCode() {
        assertEquals(Optional.empty(), RegionCode.of("139001").name());
        assertEquals("139001", RegionCode.of("139001").label());
        assertEquals("满城区", RegionCode.labelOf("130607"));
        assertEquals("ABC", RegionCode.labelOf("ABC"));
        assertEquals("—", RegionCode.labelOf(null));
    }
}
