package com.budgetperf.platform.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RegionCodeTests {

    static final RegionCode HEBEI = RegionCode.of("130000");
    static final RegionCode BAODING = RegionCode.of("130600");
    static final RegionCode MANCHENG = RegionCode.of("130607");

    @Test
    void theLevelIsReadFromTheTrailingZeros() {
        assertEquals(RegionLevel.PROVINCE, HEBEI.level());
        assertEquals(RegionLevel.CITY, BAODING.level());
        assertEquals(RegionLevel.COUNTY, MANCHENG.level());
        // development zones and districts numbered like counties (the seed tables' regions)
        assertEquals(RegionLevel.COUNTY, RegionCode.of("130871").level());
        assertEquals(RegionLevel.COUNTY, RegionCode.of("130372").level());
        assertEquals(RegionLevel.COUNTY, RegionCode.of("139001").level());
    }

    @Test
    void shortFormsNameTheSameRegions() {
        assertEquals(HEBEI, RegionCode.of("13"));
        assertEquals(BAODING, RegionCode.of("1306"));
        assertEquals("130600", RegionCode.of("1306").code());
        assertEquals("1306", BAODING.prefix());
        assertEquals("13", HEBEI.prefix());
        assertEquals("130607", MANCHENG.prefix());
        assertEquals(BAODING.hashCode(), RegionCode.of("1306").hashCode());
    }

    @Test
    void parentsClimbCountyCityProvince() {
        assertEquals(Optional.of(BAODING), MANCHENG.parent());
        assertEquals(Optional.of(HEBEI), BAODING.parent());
        assertEquals(Optional.empty(), HEBEI.parent());
        assertEquals(List.of(HEBEI, BAODING, MANCHENG), MANCHENG.lineage());
        assertEquals(List.of(HEBEI), HEBEI.lineage());
        assertEquals(Optional.of(BAODING), MANCHENG.city());
        assertEquals(Optional.of(BAODING), BAODING.city());
        assertEquals(Optional.empty(), HEBEI.city());
        assertEquals(HEBEI, MANCHENG.province());
    }

    @Test
    void aCityCoversItsCountiesACountyItselfTheProvinceAll() {
        RegionCode lianchi = RegionCode.of("130606");
        RegionCode chengde = RegionCode.of("1308");
        assertTrue(BAODING.covers(MANCHENG));
        assertTrue(BAODING.covers(BAODING));
        assertTrue(BAODING.covers("130600"));
        assertFalse(BAODING.covers(HEBEI));
        assertFalse(BAODING.covers(RegionCode.of("130871")));
        assertTrue(MANCHENG.covers(MANCHENG));
        assertFalse(MANCHENG.covers(lianchi));
        assertFalse(MANCHENG.covers(BAODING));
        assertTrue(HEBEI.covers(MANCHENG));
        assertTrue(HEBEI.covers(chengde));
        assertFalse(HEBEI.covers(RegionCode.of("110105")));
        assertFalse(chengde.covers(MANCHENG));
        // the 6-digit city code means the city, not a county named 130600 nor the prefix "130600"
        assertTrue(RegionCode.of("130600").covers("130607"));
        assertFalse(BAODING.covers((String) null));
        assertFalse(BAODING.covers("1306xx"));
    }

    @Test
    void coversAgreesWithThePrefixQueries() {
        List<String> codes = List.of("130000", "130600", "130607", "130606", "130800", "130871", "139001", "110000");
        for (String caller : codes) {
            for (String data : codes) {
                RegionCode region = RegionCode.of(caller);
                assertEquals(data.startsWith(region.prefix()), region.covers(data), caller + " covers " + data);
            }
        }
    }

    @Test
    void malformedCodesAreRefusedWithAReason() {
        for (String text : new String[] { null, "", "1", "130", "13060a", "1306071", "%", "00", "0006", "1300", "130007",
                " 1306", "１３０６０７" }) {
            assertEquals(Optional.empty(), RegionCode.parse(text), String.valueOf(text));
            assertTrue(RegionCode.problemWith(text).isPresent(), String.valueOf(text));
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RegionCode.of(text));
            assertEquals(RegionCode.problemWith(text).orElseThrow(), refused.getMessage());
        }
        assertEquals("县级代码 130007 缺少地市部分（第 3、4 位不能是 00）", RegionCode.problemWith("130007").orElseThrow());
    }
}
