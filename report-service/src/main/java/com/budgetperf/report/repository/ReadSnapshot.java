package com.budgetperf.report.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A report built from several queries reads one snapshot: the transaction becomes REPEATABLE READ, READ ONLY before
 * its first query. Without it a rebuild (or a new version) committed between two of its queries gives a department
 * whose submission comes from before and whose projects from after.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadSnapshot {

    private final EntityManager entityManager;

    public ReadSnapshot(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must come before any other statement of the transaction. */
    public void begin() {
        entityManager.createNativeQuery("set transaction isolation level repeatable read, read only").executeUpdate();
    }
}
