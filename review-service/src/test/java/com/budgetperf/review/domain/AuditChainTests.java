package com.budgetperf.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTests {

    static final UUID CASE = UUID.randomUUID();
    static final Instant AT = Instant.parse("2025-01-10T08:00:00.123456Z");

    static List<AuditRecord> chain() {
        List<AuditRecord> entries = new ArrayList<>();
        AuditRecord last = null;
        for (String action : List.of("OPENED", "CLAIMED", "COMMENTED", "DECIDED")) {
            last = AuditChain.append(last, CASE, AT.plusSeconds(entries.size()), "li.si", action, entries.size(),
                    Map.of("stage", "COUNTY_FINANCE", "text", "意见 \"引号\" | 竖线"));
            entries.add(last);
        }
        return entries;
    }

    @Test
    void entriesAreChainedFromGenesis() {
        List<AuditRecord> entries = chain();
        assertEquals(AuditChain.GENESIS, entries.get(0).previousHash());
        assertEquals(1, entries.get(0).seq());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
            assertEquals(i + 1, entries.get(i).seq());
        }
        assertEquals(64, entries.get(3).hash().length());
        assertEquals(new AuditChain.Verification(true, null), AuditChain.verify(entries));
    }

    @Test
    void theHashDoesNotDependOnTheDetailsKeyOrder() {
        String a = AuditChain.hash(AuditChain.GENESIS, CASE, 1, AT, "x", "A", 0, new java.util.LinkedHashMap<>(Map.of("a", "1")) {{ put("b", "2"); }});
        java.util.LinkedHashMap<String, String> reversed = new java.util.LinkedHashMap<>();
        reversed.put("b", "2");
        reversed.put("a", "1");
        assertEquals(a, AuditChain.hash(AuditChain.GENESIS, CASE, 1, AT, "x", "A", 0, reversed));
        assertNotEquals(a, AuditChain.hash(AuditChain.GENESIS, CASE, 1, AT, "y", "A", 0, reversed));
    }

    @Test
    void aChangedEntryBreaksTheChainThere() {
        List<AuditRecord> entries = new ArrayList<>(chain());
        AuditRecord third = entries.get(2);
        entries.set(2, new AuditRecord(third.caseId(), third.seq(), third.at(), "someone.else", third.action(),
                third.fromVersion(), third.detail(), third.previousHash(), third.hash()));
        assertEquals(new AuditChain.Verification(false, 3), AuditChain.verify(entries));
    }

    @Test
    void aRemovedOrRehashedEntryIsDetected() {
        List<AuditRecord> removed = new ArrayList<>(chain());
        removed.remove(1);
        AuditChain.Verification verification = AuditChain.verify(removed);
        assertFalse(verification.valid());
        assertEquals(2, verification.brokenAt());

        // rewriting an entry together with its own hash still breaks the link of the next one
        List<AuditRecord> rehashed = new ArrayList<>(chain());
        AuditRecord second = rehashed.get(1);
        Map<String, String> forged = Map.of("stage", "CITY_FINANCE");
        rehashed.set(1, new AuditRecord(CASE, 2, second.at(), second.actor(), second.action(), second.fromVersion(),
                new java.util.TreeMap<>(forged), second.previousHash(), AuditChain.hash(second.previousHash(), CASE, 2,
                        second.at(), second.actor(), second.action(), second.fromVersion(), forged)));
        assertEquals(new AuditChain.Verification(false, 3), AuditChain.verify(rehashed));
        assertTrue(AuditChain.verify(List.of()).valid());
    }
}
