package com.budgetperf.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.ProblemException;

/** What an administrator does with parked outbox rows: see them, retry one, or skip it so its key goes on. */
@ApplicationScoped
public class OutboxParking {

    /** A parked row as the administrator sees it (the envelope is not shown: it may be large). */
    public record ParkedEvent(UUID id, long position, String topic, String key, String type, int attempts,
            String lastError, Instant createdAt, Instant parkedAt) {
    }

    private final EntityManager entityManager;

    public OutboxParking(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public List<ParkedEvent> parked() {
        return entityManager.createQuery("select e from OutboxEvent e where e.parkedAt is not null "
                + "and e.publishedAt is null and e.skippedAt is null order by e.position", OutboxEvent.class)
                .getResultList().stream()
                .map(e -> new ParkedEvent(e.id, e.position, e.topic, e.messageKey, e.type, e.attempts, e.lastError,
                        e.createdAt, e.parkedAt))
                .toList();
    }

    /** The row is tried again from its first try at the relay's next tick, before the later rows of its key. */
    @Transactional
    public void retry(UUID id) {
        OutboxEvent row = parkedRow(id);
        row.parkedAt = null;
        row.attempts = 0;
    }

    /** The row is never relayed (it stays in the table for audit); later rows of its key go on. */
    @Transactional
    public void skip(UUID id) {
        parkedRow(id).skippedAt = Instant.now();
    }

    private OutboxEvent parkedRow(UUID id) {
        List<OutboxEvent> rows = entityManager.createQuery("select e from OutboxEvent e where e.id = :id "
                + "and e.parkedAt is not null and e.publishedAt is null and e.skippedAt is null", OutboxEvent.class)
                .setParameter("id", id)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("搁置的事件 " + id);
        }
        return rows.get(0);
    }
}
