package com.budgetperf.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerRegionTests {

    static CallerRegion caller(Object region) {
        Map<String, Object> claims = new HashMap<>();
        if (region != null) {
            claims.put("region", region);
        }
        return new CallerRegion(new JsonWebToken() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        });
    }

    @Test
    void aRegionCoversTheCodesThatStartWithIt() {
        CallerRegion baoding = caller("1306");
        assertTrue(baoding.covers("130607"));
        assertTrue(baoding.covers("1306"));
        assertFalse(baoding.covers("131002"));
        assertFalse(baoding.covers("13"));
        assertFalse(baoding.covers(null));
        assertTrue(caller("13").covers("131002"));
        assertTrue(caller("13").isProvince());
        assertTrue(caller("130000").isProvince());
        assertFalse(baoding.isProvince());
    }

    @Test
    void aSixDigitCityClaimIsTheCityNotAPrefix() {
        CallerRegion baoding = caller("130600");
        assertTrue(baoding.covers("130607"));
        assertTrue(baoding.covers("130600"));
        assertFalse(baoding.covers("130871"));
        assertEquals("1306", baoding.prefix());
        assertEquals(Optional.of("1306"), baoding.code());
        assertEquals("13", caller("130000").prefix());
    }

    @Test
    void onlyTheProvincePassesTheProvinceGuard() {
        caller("13").requireProvince("指标库由省级指标库管理员维护");
        caller("130000").requireProvince("指标库由省级指标库管理员维护");
        for (Object claim : new Object[] { "1306", "130607", null, "x" }) {
            ProvinceOnlyException refused = assertThrows(ProvinceOnlyException.class,
                    () -> caller(claim).requireProvince("指标库由省级指标库管理员维护"));
            assertEquals("指标库由省级指标库管理员维护", refused.why());
        }
    }

    @Test
    void aMissingOrMalformedClaimCoversNothing() {
        for (Object claim : new Object[] { null, "", "1", "130", "13060a", "1306071", "%", "1300", "00" }) {
            CallerRegion caller = caller(claim);
            assertEquals(Optional.empty(), caller.code(), String.valueOf(claim));
            assertFalse(caller.covers("130607"));
            assertThrows(RegionNotCoveredException.class, caller::prefix);
            assertThrows(RegionNotCoveredException.class, () -> caller.requireCovers("130607"));
        }
    }

    @Test
    void aJsonStringClaimIsUnquoted() {
        assertEquals(Optional.of("130607"), caller("\"130607\"").code());
    }
}
