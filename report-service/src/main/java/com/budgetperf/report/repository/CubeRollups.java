package com.budgetperf.report.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    /**
     * A transaction lock per submission (256 buckets of the submission id's hash, in a key space of this class's own;
     * bucketed so that a rebuild, which takes them all in one transaction, holds at most 256 lock entries).
     */
    private static final String LOCK_SUBMISSION = "select pg_advisory_xact_lock(7714, hashtext(cast(?1 as text)) & 255)";
    private static final String WITHDRAW = RollupSnippets.contributionToAll(true);
    private static final String CONTRIBUTE = RollupSnippets.contributionToAll(false);
    private static final String DROP_EMPTY_ROWS = RollupSnippets.dropEmptyRowsOfAll();

    private final EntityManager entityManager;

    public CubeRollups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The rollup tables, for the rebuild's locks and deletes. */
    public static List<String> tables() {
        return Rollup.coarsestFirst().stream().map(RollupSnippets::table).toList();
    }

    /**
     * Subtracts the submission's facts as held now. Takes the submission's transaction lock first, so that two
     * transactions about the same submission (its submission event and a review event, on two channels) change its
     * facts and rollups in turn, the second seeing what the first committed. A row lock would not do: the first
     * submission event inserts the fact row, which the review transaction cannot see, let alone lock, until it commits.
     */
    public void withdraw(UUID submissionId) {
        entityManager.createNativeQuery(LOCK_SUBMISSION).setParameter(1, submissionId).getResultList();
        execute(WITHDRAW, submissionId);
    }

    /** Adds the submission's facts as held now, then removes the rows no fact counts any more. */
    public void contribute(UUID submissionId) {
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
