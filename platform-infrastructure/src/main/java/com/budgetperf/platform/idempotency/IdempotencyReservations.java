package com.budgetperf.platform.idempotency;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The {@code idempotency_reservation} table. {@link #reserve} inserts with {@code on conflict do nothing}: while
 * another transaction holds an uncommitted reservation of the same caller and key, PostgreSQL makes the insert wait
 * for it; after its commit the earlier answer is read, after its rollback the reservation is ours.
 */
@ApplicationScoped
public class IdempotencyReservations {

    /** An answer given earlier; {@code status} 0 while the request that reserved the key is still running. */
    public record Answer(String requestHash, String operation, int status, String location, String etag, String body) {
        boolean complete() {
            return status > 0;
        }
    }

    private final EntityManager entityManager;

    public IdempotencyReservations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return empty when the key is now reserved for this request; otherwise the answer the key holds */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Answer> reserve(String caller, String key, String requestHash, String operation) {
        int inserted = entityManager.createNativeQuery("insert into idempotency_reservation "
                + "(caller, idempotency_key, request_hash, operation, status, created_at) values (?1, ?2, ?3, ?4, 0, ?5) "
                + "on conflict do nothing")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash).setParameter(4, operation)
                .setParameter(5, Instant.now())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select request_hash, operation, status, location, etag, body "
                + "from idempotency_reservation where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Answer((String) row[0], (String) row[1], ((Number) row[2]).intValue(), (String) row[3],
                (String) row[4], (String) row[5]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String caller, String key, int status, String location, String etag, String body) {
        entityManager.createNativeQuery("update idempotency_reservation set status = ?3, location = ?4, etag = ?5, "
                + "body = ?6 where caller = ?1 and idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, etag).setParameter(6, body)
                .executeUpdate();
    }
}
