package com.budgetperf.review.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The hash chain over a case's audit entries: {@code hash = SHA-256(previousHash + canonical fields)}, the first
 * entry chained to {@link #GENESIS}. Changing, removing or reordering an entry breaks the chain from there on.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public record Verification(boolean valid, Integer brokenAt) {
    }

    /** The next entry after {@code last} (null for the first one), hashed. */
    public static AuditRecord append(AuditRecord last, UUID caseId, Instant at, String actor, String action,
            long fromVersion, Map<String, String> detail) {
        int seq = last == null ? 1 : last.seq() + 1;
        String previous = last == null ? GENESIS : last.hash();
        SortedMap<String, String> sorted = new TreeMap<>(detail);
        Instant stored = storable(at);
        return new AuditRecord(caseId, seq, stored, actor, action, fromVersion, sorted, previous,
                hash(previous, caseId, seq, stored, actor, action, fromVersion, sorted));
    }

    /**
     * The instant as PostgreSQL keeps it ({@code timestamptz}: microseconds). An entry is hashed with the time it is
     * read back with, so a time with nanoseconds (a withdrawal's event time, {@code Instant.now()}) still verifies.
     */
    public static Instant storable(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String previousHash, UUID caseId, int seq, Instant at, String actor, String action,
            long fromVersion, Map<String, String> detail) {
        StringBuilder canonical = new StringBuilder(previousHash);
        field(canonical, String.valueOf(caseId));
        field(canonical, String.valueOf(seq));
        field(canonical, String.valueOf(storable(at)));
        field(canonical, actor);
        field(canonical, action);
        field(canonical, String.valueOf(fromVersion));
        canonical.append('|').append(canonicalJson(detail));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the entries of one case: consecutive sequence from 1, each linked to the previous one, each hash recomputed. */
    public static Verification verify(List<AuditRecord> entries) {
        List<AuditRecord> ordered = entries.stream().sorted(Comparator.comparingInt(AuditRecord::seq)).toList();
        String previous = GENESIS;
        int expectedSeq = 1;
        for (AuditRecord entry : ordered) {
            if (entry.seq() != expectedSeq || !previous.equals(entry.previousHash())
                    || !hash(previous, entry.caseId(), entry.seq(), entry.at(), entry.actor(), entry.action(),
                            entry.fromVersion(), entry.detail()).equals(entry.hash())) {
                return new Verification(false, Math.min(entry.seq(), expectedSeq));
            }
            previous = entry.hash();
            expectedSeq++;
        }
        return new Verification(true, null);
    }

    private static void field(StringBuilder canonical, String value) {
        canonical.append('|').append(value == null ? "" : value.replace("\\", "\\\\").replace("|", "\\|"));
    }

    /** Sorted keys, JSON string escaping: the same map always gives the same text. */
    static String canonicalJson(Map<String, String> detail) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(detail).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(key)).append(':').append(value == null ? "null" : quote(value));
        });
        return json.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
