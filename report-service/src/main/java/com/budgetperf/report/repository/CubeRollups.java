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
     * Subtracts the submission's facts as held now. The caller holds the submission's transaction lock
     * ({@code ReadModelWriter.lockSubmission}), so that two transactions about the same submission (its submission
     * event and a review event, on two channels) change its facts and rollups in turn, each seeing the other's result.
     */
    public void withdraw(UUID submissionId) {
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
