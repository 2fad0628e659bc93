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
        assertFalse(baoding.isProvince());
    }

    @Test
    void aMissingOrMalformedClaimCoversNothing() {
        for (Object claim : new Object[] { null, "", "1", "130", "13060a", "1306071", "%" }) {
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
