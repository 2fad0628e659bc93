package com.budgetperf.review.domain;

import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** One entry of a case's audit log: who did what, when, to which version of the case. */
public record AuditRecord(UUID caseId, int seq, Instant at, String actor, String action, long fromVersion,
        SortedMap<String, String> detail, String previousHash, String hash) {

    public AuditRecord {
        detail = new TreeMap<>(detail == null ? Map.of() : detail);
    }
}
