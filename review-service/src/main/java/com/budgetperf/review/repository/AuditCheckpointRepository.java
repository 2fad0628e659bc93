package com.budgetperf.review.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.budgetperf.review.domain.AuditCheckpoint;

/** Reads the audit log's heads and appends and reads checkpoints; like the log, nothing here updates or deletes. */
@ApplicationScoped
public class AuditCheckpointRepository {

    private final EntityManager entityManager;

    public AuditCheckpointRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One checkpoint writer at a time across replicas, until the transaction ends. */
    public void lockForWriting() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('audit_checkpoint'))").getSingleResult();
    }

    /**
     * The head of every case whose log grew since the last checkpoint, read in one statement (one snapshot; a case's
     * entries are appended one at a time under its row lock, so a snapshot sees a prefix of each case's chain).
     */
    public List<AuditCheckpoint.Head> movedHeads() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select e.case_id, e.seq, e.hash from audit_entry e
                join (select case_id, max(seq) as seq from audit_entry group by case_id) last
                  on last.case_id = e.case_id and last.seq = e.seq
                left join (select case_id, max(head_seq) as seq from audit_checkpoint_head group by case_id) known
                  on known.case_id = e.case_id
                where known.seq is null or known.seq < e.seq
                order by e.case_id""").getResultList();
        return rows.stream().map(row -> new AuditCheckpoint.Head(uuid(row[0]), ((Number) row[1]).intValue(),
                (String) row[2])).toList();
    }

    public Optional<AuditCheckpoint> last() {
        List<AuditCheckpoint> last = read("order by seq desc limit 1");
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
    }

    public List<AuditCheckpoint> all() {
        return read("order by seq");
    }

    public void append(AuditCheckpoint checkpoint) {
        entityManager.createNativeQuery("insert into audit_checkpoint (seq, at, previous_digest, digest, heads) "
                + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, checkpoint.seq()).setParameter(2, Timestamp.from(checkpoint.at()))
                .setParameter(3, checkpoint.previousDigest()).setParameter(4, checkpoint.digest())
                .setParameter(5, checkpoint.heads().size()).executeUpdate();
        for (AuditCheckpoint.Head head : checkpoint.heads()) {
            entityManager.createNativeQuery("insert into audit_checkpoint_head (checkpoint_seq, case_id, head_seq, head_hash) "
                    + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, checkpoint.seq()).setParameter(2, head.caseId()).setParameter(3, head.seq())
                    .setParameter(4, head.hash()).executeUpdate();
        }
    }

    /** The hash stored for one entry of a case, if the entry exists. */
    public Optional<String> entryHash(UUID caseId, int seq) {
        @SuppressWarnings("unchecked")
        List<String> hashes = entityManager.createNativeQuery("select hash from audit_entry where case_id = ?1 and seq = ?2")
                .setParameter(1, caseId).setParameter(2, seq).getResultList();
        return hashes.stream().findFirst();
    }

    private List<AuditCheckpoint> read(String order) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select seq, at, previous_digest, digest from audit_checkpoint " + order).getResultList();
        Map<Long, Object[]> bySeq = new LinkedHashMap<>();
        rows.forEach(row -> bySeq.put(((Number) row[0]).longValue(), row));
        if (bySeq.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> headRows = entityManager.createNativeQuery("select checkpoint_seq, case_id, head_seq, head_hash "
                + "from audit_checkpoint_head where checkpoint_seq in (?1)")
                .setParameter(1, List.copyOf(bySeq.keySet())).getResultList();
        Map<Long, List<AuditCheckpoint.Head>> heads = new LinkedHashMap<>();
        for (Object[] row : headRows) {
            heads.computeIfAbsent(((Number) row[0]).longValue(), seq -> new ArrayList<>())
                    .add(new AuditCheckpoint.Head(uuid(row[1]), ((Number) row[2]).intValue(), (String) row[3]));
        }
        return bySeq.values().stream().map(row -> new AuditCheckpoint(((Number) row[0]).longValue(), instant(row[1]),
                (String) row[2], (String) row[3], heads.getOrDefault(((Number) row[0]).longValue(), List.of()))).toList();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(value));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
