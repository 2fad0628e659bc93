package com.budgetperf.platform.inbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.CloudEvent;

/**
 * Idempotent-consumer bookkeeping (docs/architecture.md §3). Call {@link #firstDelivery} in the same transaction
 * that applies the event: if applying fails, the mark rolls back with it and the redelivery is applied.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true the first time {@code consumer} sees this event id, false for every redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, CloudEvent event) {
        int inserted = entityManager.createNativeQuery(
                "insert into processed_event (consumer, event_id, event_type, processed_at) values (?1, ?2, ?3, ?4) "
                        + "on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, Instant.now())
                .executeUpdate();
        return inserted == 1;
    }
}
