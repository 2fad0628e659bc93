package com.budgetperf.report.repository;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.report.projection.ReviewOutcome;
import com.budgetperf.report.projection.SubmissionFacts;
import com.budgetperf.report.projection.SubmissionFacts.FindingFact;
import com.budgetperf.report.projection.SubmissionFacts.IndicatorFact;
import com.budgetperf.report.projection.SubmissionFacts.ProjectFact;
import com.budgetperf.report.projection.SubmissionFacts.SpendingPlan;

/**
 * Writes the read model with idempotent upserts (native SQL: {@code on conflict} expresses "latest version
 * wins" in one statement, without reading first). Every method joins the consumer's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelWriter {

    private final EntityManager entityManager;
    private final DisclosureContentWriter texts;

    public ReadModelWriter(EntityManager entityManager, DisclosureContentWriter texts) {
        this.entityManager = entityManager;
        this.texts = texts;
    }

    /**
     * Serialises the transactions about one submission (its submitted event on one topic, its review events on
     * another): without it a review decision committed while the submission's first version is being inserted is
     * copied onto neither row, and the fact keeps a stale review status. Held until the transaction ends.
     */
    public void lockSubmission(UUID submissionId) {
        // one of 1024 buckets (class 7301, "report projection"): a rebuild replays every submission in one
        // transaction and would otherwise hold one lock per submission until it commits, beyond PostgreSQL's shared
        // lock table on a province's data; two submissions sharing a bucket only wait for each other briefly
        entityManager.createNativeQuery("select pg_advisory_xact_lock(7301, hashtext(?1) & 1023)")
                .setParameter(1, submissionId.toString()).getResultList();
    }

    /** A row of the region dimension: the six-digit code, its level, the prefixes of its province and city. */
    public void ensureRegion(RegionCode region) {
        sql("""
                insert into dim_region (region_code, level, province_code, city_code) values (?1, ?2, ?3, ?4)
                on conflict (region_code) do nothing""")
                .setParameter(1, region.code())
                .setParameter(2, region.level().name())
                .setParameter(3, region.province().prefix())
                .setParameter(4, region.city().map(RegionCode::prefix).orElse(null), String.class)
                .executeUpdate();
    }

    /**
     * Inserts the submission or replaces it when {@code facts} is the same or a later version; an older
     * version arriving late changes nothing.
     *
     * @return true when the fact now holds {@code facts}
     */
    public boolean upsertLatestSubmission(SubmissionFacts facts) {
        boolean holds = sql("""
                insert into fact_submission (submission_id, version, fiscal_year, region_code, department_code,
                    department_name, status, project_count, budget_total, finding_errors, finding_warnings, submitted_at,
                    budget_fiscal, budget_other, indicator_count, quantitative_count, finding_infos, quality_score,
                    suggested_grade, rule_set_version)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
                on conflict (submission_id) do update set
                    version = excluded.version, fiscal_year = excluded.fiscal_year, region_code = excluded.region_code,
                    department_code = excluded.department_code, department_name = excluded.department_name,
                    status = excluded.status, project_count = excluded.project_count,
                    budget_total = excluded.budget_total, finding_errors = excluded.finding_errors,
                    finding_warnings = excluded.finding_warnings, submitted_at = excluded.submitted_at,
                    budget_fiscal = excluded.budget_fiscal, budget_other = excluded.budget_other,
                    indicator_count = excluded.indicator_count, quantitative_count = excluded.quantitative_count,
                    finding_infos = excluded.finding_infos, quality_score = excluded.quality_score,
                    suggested_grade = excluded.suggested_grade, rule_set_version = excluded.rule_set_version
                where fact_submission.version <= excluded.version""")
                .setParameter(1, facts.submissionId())
                .setParameter(2, facts.version())
                .setParameter(3, facts.fiscalYear())
                .setParameter(4, facts.region().code())
                .setParameter(5, facts.departmentCode())
                .setParameter(6, facts.departmentName(), String.class)
                .setParameter(7, facts.status())
                .setParameter(8, facts.projectCount())
                .setParameter(9, facts.budgetTotal())
                .setParameter(10, facts.findingErrors())
                .setParameter(11, facts.findingWarnings())
                .setParameter(12, facts.submittedAt(), Instant.class)
                .setParameter(13, facts.budgetFiscal())
                .setParameter(14, facts.budgetOther())
                .setParameter(15, facts.indicatorCount())
                .setParameter(16, facts.quantitativeCount())
                .setParameter(17, facts.findingInfos())
                .setParameter(18, facts.qualityScore(), BigDecimal.class)
                .setParameter(19, facts.suggestedGrade(), String.class)
                .setParameter(20, facts.ruleSetVersion(), String.class)
                .executeUpdate() == 1;
        if (holds) {
            replaceChildren(facts);
            syncReview(facts.submissionId());
        }
        return holds;
    }

    /**
     * The project, indicator and finding rows of the version now held replace whatever was there: one statement
     * deletes them, one batch per table inserts them.
     */
    private void replaceChildren(SubmissionFacts facts) {
        sql("""
                with projects as (delete from fact_project where submission_id = ?1),
                    indicators as (delete from fact_indicator where submission_id = ?1)
                delete from fact_finding where submission_id = ?1""")
                .setParameter(1, facts.submissionId()).executeUpdate();
        RowBatch projects = new RowBatch("""
                insert into fact_project (submission_id, version, project_no, project_code, project_name, classified,
                    budget_total, budget_fiscal, budget_other, indicator_count, quantitative_count, purpose,
                    plan_mar, plan_jun, plan_oct, plan_dec)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Types.OTHER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.NUMERIC,
                Types.NUMERIC, Types.NUMERIC, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.NUMERIC, Types.NUMERIC,
                Types.NUMERIC, Types.NUMERIC);
        for (ProjectFact project : facts.projects()) {
            SpendingPlan plan = project.plan();
            projects.add(facts.submissionId(), facts.version(), project.projectNo(), project.code(), project.name(),
                    project.classified(), project.budgetTotal(), project.budgetFiscal(), project.budgetOther(),
                    project.indicatorCount(), project.quantitativeCount(), project.purpose(),
                    plan == null ? null : plan.mar(), plan == null ? null : plan.jun(), plan == null ? null : plan.oct(),
                    plan == null ? null : plan.dec());
        }
        projects.insert(entityManager);
        RowBatch indicators = new RowBatch("""
                insert into fact_indicator (submission_id, version, project_no, indicator_no, project_code, level1,
                    level2, name, value_kind, unit, value_raw, description, value_written, basis, scoring)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Types.OTHER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR);
        for (IndicatorFact indicator : facts.indicators()) {
            indicators.add(facts.submissionId(), facts.version(), indicator.projectNo(), indicator.indicatorNo(),
                    indicator.projectCode(), indicator.level1(), indicator.level2(), indicator.name(),
                    indicator.valueKind(), indicator.unit(), indicator.rawValue(), indicator.text().description(),
                    indicator.text().valueWritten(), indicator.text().basis(), indicator.text().scoring());
        }
        indicators.insert(entityManager);
        texts.replace(facts);
        RowBatch findings = new RowBatch("""
                insert into fact_finding (submission_id, version, finding_no, rule_code, severity, rule_title)
                values (?, ?, ?, ?, ?, ?)""",
                Types.OTHER, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR);
        for (FindingFact finding : facts.findings()) {
            findings.add(facts.submissionId(), facts.version(), finding.findingNo(), finding.ruleCode(),
                    finding.severity(), finding.ruleTitle());
        }
        findings.insert(entityManager);
    }

    /** The review state held for a submission (any version), or null. */
    public ReviewOutcome reviewState(UUID submissionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select submission_version, review_status, review_stage, approved_stage, final_approved, grade, decided_at
                from review_state where submission_id = ?1 for update""")
                .setParameter(1, submissionId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new ReviewOutcome(submissionId, ((Number) row[0]).intValue(), (String) row[1], (String) row[2],
                (String) row[3], Boolean.TRUE.equals(row[4]), (String) row[5], instant(row[6]));
    }

    public void saveReviewState(ReviewOutcome outcome) {
        sql("""
                insert into review_state (submission_id, submission_version, review_status, review_stage, approved_stage,
                    final_approved, grade, decided_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (submission_id) do update set submission_version = excluded.submission_version,
                    review_status = excluded.review_status, review_stage = excluded.review_stage,
                    approved_stage = excluded.approved_stage, final_approved = excluded.final_approved,
                    grade = excluded.grade, decided_at = excluded.decided_at
                where review_state.submission_version <= excluded.submission_version""")
                .setParameter(1, outcome.submissionId())
                .setParameter(2, outcome.submissionVersion())
                .setParameter(3, outcome.status())
                .setParameter(4, outcome.stage(), String.class)
                .setParameter(5, outcome.approvedStage(), String.class)
                .setParameter(6, outcome.finalApproved())
                .setParameter(7, outcome.grade(), String.class)
                .setParameter(8, outcome.decidedAt(), Instant.class)
                .executeUpdate();
        syncReview(outcome.submissionId());
    }

    /**
     * Copies the review state onto the submission fact when it concerns the version held there; PENDING otherwise.
     * A version the county withdrew is WITHDRAWN whatever the reviewers said, and approved at no stage.
     */
    public void syncReview(UUID submissionId) {
        sql("""
                update fact_submission f set
                    review_status = case when coalesce(w.version >= s.version, false) then 'WITHDRAWN'
                        else coalesce(r.review_status, 'PENDING') end,
                    review_stage = r.review_stage,
                    approved_stage = case when coalesce(w.version >= s.version, false) then null else r.approved_stage end,
                    final_approved = not coalesce(w.version >= s.version, false) and coalesce(r.final_approved, false),
                    grade = r.grade
                from fact_submission s
                left join review_state r on r.submission_id = s.submission_id and r.submission_version = s.version
                left join submission_withdrawal w on w.submission_id = s.submission_id
                where f.submission_id = s.submission_id and f.submission_id = ?1""")
                .setParameter(1, submissionId)
                .executeUpdate();
    }

    /**
     * Remembers that the county withdrew {@code version} (and so every earlier one) of a submission and moves the fact
     * to WITHDRAWN when it holds such a version; a lower version told later (the other topic) changes nothing.
     */
    public void recordWithdrawal(UUID submissionId, int version, Instant withdrawnAt, String withdrawnBy) {
        sql("""
                insert into submission_withdrawal (submission_id, version, withdrawn_at, withdrawn_by)
                values (?1, ?2, ?3, ?4)
                on conflict (submission_id) do update set version = excluded.version,
                    withdrawn_at = excluded.withdrawn_at, withdrawn_by = excluded.withdrawn_by
                where submission_withdrawal.version < excluded.version""")
                .setParameter(1, submissionId)
                .setParameter(2, version)
                .setParameter(3, withdrawnAt, Instant.class)
                .setParameter(4, withdrawnBy, String.class)
                .executeUpdate();
        syncReview(submissionId);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }

    /**
     * Remembers when a submission version was submitted, returned or finally approved (review progress chart);
     * a redelivery or replay keeps the earliest time.
     */
    public void recordProgress(UUID submissionId, int version, String kind, Instant occurredAt) {
        sql("""
                insert into fact_review_progress (submission_id, version, kind, occurred_at) values (?1, ?2, ?3, ?4)
                on conflict (submission_id, version, kind) do update
                    set occurred_at = least(fact_review_progress.occurred_at, excluded.occurred_at)""")
                .setParameter(1, submissionId)
                .setParameter(2, version)
                .setParameter(3, kind)
                .setParameter(4, occurredAt, Instant.class)
                .executeUpdate();
    }

    /**
     * Empties the whole read model (rollups included: the replay adds every submission back through the projector)
     * and this service's inbox marks, for a rebuild from the topics. Takes the write
     * locks first (EXCLUSIVE: reports still read the old figures until the rebuild commits; the live consumers wait).
     */
    public void emptyForRebuild(String consumer) {
        sql("""
                lock table processed_event, projection_position, fact_indicator, fact_finding, fact_project,
                    fact_project_goal, fact_department_target, fact_department_goal, fact_department_indicator,
                    fact_review_progress, fact_review_stage, fact_return_reason, review_state, submission_withdrawal,
                    fact_submission, dim_region, """
                + String.join(", ", CubeRollups.tables()) + " in exclusive mode").executeUpdate();
        List<String> tables = new java.util.ArrayList<>(CubeRollups.tables());
        tables.addAll(DisclosureContentWriter.TABLES);
        tables.addAll(List.of("fact_indicator", "fact_finding", "fact_project", "fact_review_progress",
                "fact_review_stage", "fact_return_reason", "review_state", "submission_withdrawal", "fact_submission",
                "dim_region", "projection_position"));
        for (String table : tables) {
            sql("delete from " + table).executeUpdate();
        }
        sql("delete from processed_event where consumer = ?1").setParameter(1, consumer).executeUpdate();
    }

    /** Nullable values are bound with their type: PostgreSQL cannot infer the type of an untyped null. */
    private NativeQuery<?> sql(String statement) {
        return entityManager.createNativeQuery(statement).unwrap(NativeQuery.class);
    }

    /** Moves the partition's position forward; a redelivered older offset never moves it back. */
    public void advancePosition(String topic, int partition, long offset, Instant eventTime) {
        sql("""
                insert into projection_position (topic, partition, last_offset, last_event_time) values (?1, ?2, ?3, ?4)
                on conflict (topic, partition) do update set
                    last_offset = greatest(projection_position.last_offset, excluded.last_offset),
                    last_event_time = greatest(projection_position.last_event_time, excluded.last_event_time)""")
                .setParameter(1, topic)
                .setParameter(2, partition)
                .setParameter(3, offset)
                .setParameter(4, eventTime, Instant.class)
                .executeUpdate();
    }

    // SQL savepoints around one replayed record: the pool refuses Connection.rollback(Savepoint) on a connection
    // enlisted in a JTA transaction.

    public void savepoint() {
        sql("savepoint rebuild_record").executeUpdate();
    }

    public void releaseSavepoint() {
        sql("release savepoint rebuild_record").executeUpdate();
    }

    public void rollbackToSavepoint() {
        sql("rollback to savepoint rebuild_record").executeUpdate();
    }
}
