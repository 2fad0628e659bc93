package com.budgetperf.report.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

/**
 * Writes the review timeline (fact_review_stage, fact_return_reason) the review panel reads. Idempotent: a
 * redelivered or replayed event keeps the earliest times and changes nothing else. Joins the consumer's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReviewTimelineWriter {

    private final EntityManager entityManager;

    public ReviewTimelineWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The version entered {@code stage} at {@code at} (a case opened at its first stage, or a later stage entered). */
    public void stageEntered(UUID submissionId, int version, String stage, UUID caseId, Instant at) {
        sql("""
                insert into fact_review_stage (submission_id, submission_version, stage, case_id, entered_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (submission_id, submission_version, stage) do update set
                    case_id = coalesce(fact_review_stage.case_id, excluded.case_id),
                    entered_at = least(fact_review_stage.entered_at, excluded.entered_at)""")
                .setParameter(1, submissionId).setParameter(2, version).setParameter(3, stage)
                .setParameter(4, caseId, UUID.class).setParameter(5, at, Instant.class)
                .executeUpdate();
    }

    /** {@code stage} of the version was decided ({@code APPROVED}, {@code RETURNED}, {@code REJECTED}); the first decision stays. */
    public void stageDecided(UUID submissionId, int version, String stage, UUID caseId, String decision, String decidedBy,
            Instant at) {
        sql("""
                insert into fact_review_stage (submission_id, submission_version, stage, case_id, decided_at, decision,
                    decided_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (submission_id, submission_version, stage) do update set
                    case_id = coalesce(fact_review_stage.case_id, excluded.case_id),
                    decided_by = case when fact_review_stage.decided_at is null or excluded.decided_at < fact_review_stage.decided_at
                        then excluded.decided_by else fact_review_stage.decided_by end,
                    decision = case when fact_review_stage.decided_at is null or excluded.decided_at < fact_review_stage.decided_at
                        then excluded.decision else fact_review_stage.decision end,
                    decided_at = least(fact_review_stage.decided_at, excluded.decided_at)""")
                .setParameter(1, submissionId).setParameter(2, version).setParameter(3, stage)
                .setParameter(4, caseId, UUID.class).setParameter(5, at, Instant.class).setParameter(6, decision)
                .setParameter(7, cut(decidedBy, 200), String.class)
                .executeUpdate();
    }

    /** The reasons of a return, one per comment ("" for a comment naming none); written once per version and stage. */
    public void returnReasons(UUID submissionId, int version, String stage, List<String> reasons) {
        for (int n = 0; n < reasons.size(); n++) {
            sql("""
                    insert into fact_return_reason (submission_id, submission_version, stage, comment_no, reason)
                    values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                    .setParameter(1, submissionId).setParameter(2, version).setParameter(3, stage).setParameter(4, n)
                    .setParameter(5, cut(reasons.get(n), 100))
                    .executeUpdate();
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private NativeQuery<?> sql(String statement) {
        return entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
    }
}
