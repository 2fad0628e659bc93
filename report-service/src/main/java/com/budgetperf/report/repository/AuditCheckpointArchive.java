package com.budgetperf.report.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.report.messaging.in.ReviewAuditCheckpoint;

/**
 * The review audit log's checkpoints as published, kept here outside the review database. The first digest received
 * for a checkpoint stays; one published again with another digest is recorded as conflicting, and one whose previous
 * digest is not the digest kept for its predecessor breaks the chain: both mean the review log was rewritten.
 */
@ApplicationScoped
public class AuditCheckpointArchive {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointArchive.class);

    /** A kept checkpoint; {@code seq} and {@code digest} are what review-service's verification takes. */
    public record Kept(long seq, Instant at, String previousDigest, String digest, int heads, Instant receivedAt,
            boolean chainBroken, String conflictingDigest) {
    }

    private final EntityManager entityManager;

    public AuditCheckpointArchive(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(ReviewAuditCheckpoint checkpoint) {
        List<Kept> same = read("where seq = ?1", checkpoint.seq());
        if (!same.isEmpty()) {
            if (!same.get(0).digest().equals(checkpoint.digest())) {
                LOG.errorf("review audit checkpoint %d published again with digest %s, kept %s: the review log was rewritten",
                        checkpoint.seq(), checkpoint.digest(), same.get(0).digest());
                entityManager.createNativeQuery("update review_audit_checkpoint set conflicting_digest = ?1 "
                        + "where seq = ?2 and conflicting_digest is null")
                        .setParameter(1, checkpoint.digest()).setParameter(2, checkpoint.seq()).executeUpdate();
            }
            return;
        }
        List<Kept> predecessor = read("where seq = ?1", checkpoint.seq() - 1);
        boolean broken = !predecessor.isEmpty() && !predecessor.get(0).digest().equals(checkpoint.previousDigest());
        if (broken) {
            LOG.errorf("review audit checkpoint %d does not chain to the digest kept for %d: the review log was rewritten",
                    checkpoint.seq(), checkpoint.seq() - 1);
        }
        entityManager.createNativeQuery("insert into review_audit_checkpoint (seq, at, previous_digest, digest, heads, "
                + "chain_broken) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, checkpoint.seq()).setParameter(2, Timestamp.from(checkpoint.at()))
                .setParameter(3, checkpoint.previousDigest()).setParameter(4, checkpoint.digest())
                .setParameter(5, checkpoint.heads()).setParameter(6, broken).executeUpdate();
    }

    @Transactional
    public List<Kept> all() {
        return read("order by seq", null);
    }

    private List<Kept> read(String condition, Long seq) {
        var query = entityManager.createNativeQuery("select seq, at, previous_digest, digest, heads, received_at, "
                + "chain_broken, conflicting_digest from review_audit_checkpoint " + condition);
        if (seq != null) {
            query.setParameter(1, seq);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Kept(((Number) row[0]).longValue(), instant(row[1]), (String) row[2],
                (String) row[3], ((Number) row[4]).intValue(), instant(row[5]), (Boolean) row[6], (String) row[7])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
