package com.budgetperf.review.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * A checkpoint of the whole audit log, published outside the review database: the heads (last sequence number and
 * hash) of the cases whose log grew since the previous checkpoint, chained by digest to that checkpoint:
 * {@code digest = SHA-256(previousDigest + each head "caseId:seq:hash" in case order)}, the first chained to
 * {@link AuditChain#GENESIS}. A head's hash covers its case's whole chain up to it, so the digest of checkpoint n
 * covers every entry of every case up to that checkpoint: whoever rewrites an entry (and re-hashes the case's
 * chain to hide it) changes a head and can no longer match the digests kept elsewhere.
 */
public record AuditCheckpoint(long seq, Instant at, String previousDigest, String digest, List<Head> heads) {

    /** One case's head as the checkpoint saw it. */
    public record Head(UUID caseId, int seq, String hash) {
    }

    public AuditCheckpoint {
        heads = heads.stream().sorted(Comparator.comparing(Head::caseId)).toList();
    }

    /** The checkpoint after {@code previous} (null for the first) over {@code heads}. */
    public static AuditCheckpoint next(AuditCheckpoint previous, Instant at, List<Head> heads) {
        String previousDigest = previous == null ? AuditChain.GENESIS : previous.digest();
        long seq = previous == null ? 1 : previous.seq() + 1;
        return new AuditCheckpoint(seq, AuditChain.storable(at), previousDigest, digest(previousDigest, heads), heads);
    }

    public static String digest(String previousDigest, List<Head> heads) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousDigest.getBytes(StandardCharsets.UTF_8));
            for (Head head : heads.stream().sorted(Comparator.comparing(Head::caseId)).toList()) {
                sha.update(("|" + head.caseId() + ":" + head.seq() + ":" + head.hash()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the stored digest is the one its heads and predecessor give. */
    public boolean consistent() {
        return digest.equals(digest(previousDigest, heads));
    }
}
