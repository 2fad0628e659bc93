package com.budgetperf.report.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.budgetperf.report.domain.cube.Rollup;

/**
 * Keeps the rollup tables equal to a GROUP BY over the facts, in the projector's transaction: before a submission's
 * facts or review outcome change, its contribution to every rollup is withdrawn (subtracted, as the facts held it),
 * after the change its new contribution is added; rows left with no fact are deleted. Each step is one statement
 * over all the rollups.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CubeRollups {

    private static final String WITHDRAW = RollupSnippets.contributionToAll(true);
    private static final String CONTRIBUTE = RollupSnippets.contributionToAll(false);
    private static final String DROP_EMPTY_ROWS = RollupSnippets.dropEmptyRowsOfAll();

    /** The transaction's resource that says its rollups are recomputed once at its end (a rebuild). */
    private static final String DEFERRED = CubeRollups.class.getName() + ".deferred";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transaction;

    public CubeRollups(EntityManager entityManager, TransactionSynchronizationRegistry transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    /**
     * For the rest of the current transaction {@link #withdraw} and {@link #contribute} do nothing: the caller (the
     * rebuild, which replays every submission into emptied facts) calls {@link #recompute} before it commits, one
     * GROUP BY per rollup instead of three statements per event.
     */
    public void deferToRecompute() {
        transaction.putResource(DEFERRED, Boolean.TRUE);
    }

    private boolean deferred() {
        return transaction.getResource(DEFERRED) != null;
    }

    /** The rollup tables, for the rebuild's locks and deletes. */
    public static List<String> tables() {
        return Rollup.coarsestFirst().stream().map(RollupSnippets::table).toList();
    }

    /**
     * Subtracts the submission's facts as held now. The caller holds the submission's transaction lock
     * ({@code ReadModelWriter.lockSubmission}), so that two transactions about the same submission (its submission
     * event and a review event, on two channels) change its facts and rollups in turn, each seeing the other's result.
     */
    public void withdraw(UUID submissionId) {
        if (deferred()) {
            return;
        }
        execute(WITHDRAW, submissionId);
    }

    /** Adds the submission's facts as held now, then removes the rows no fact counts any more. */
    public void contribute(UUID submissionId) {
        if (deferred()) {
            return;
        }
        execute(CONTRIBUTE, submissionId);
        entityManager.createNativeQuery(DROP_EMPTY_ROWS).executeUpdate();
    }

    /** Recomputes every rollup from all the facts (after facts were written by other means than the projector). */
    public void recompute() {
        for (Rollup rollup : Rollup.values()) {
            entityManager.createNativeQuery("delete from " + RollupSnippets.table(rollup)).executeUpdate();
            entityManager.createNativeQuery(RollupSnippets.recompute(rollup)).executeUpdate();
        }
    }

    private void execute(String statement, UUID submissionId) {
        entityManager.createNativeQuery(statement).setParameter(1, submissionId).executeUpdate();
    }
}
