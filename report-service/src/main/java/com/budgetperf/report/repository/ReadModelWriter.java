package com.budgetperf.report.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import com.budgetperf.report.projection.Region;
import com.budgetperf.report.projection.SubmissionFacts;

/**
 * Writes the read model with idempotent upserts (native SQL: {@code on conflict} expresses "latest version
 * wins" in one statement, without reading first). Every method joins the consumer's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReadModelWriter {

    private final EntityManager entityManager;

    public ReadModelWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void ensureRegion(Region region) {
        sql("""
                insert into dim_region (region_code, level, province_code, city_code) values (?1, ?2, ?3, ?4)
                on conflict (region_code) do nothing""")
                .setParameter(1, region.code())
                .setParameter(2, region.level().name())
                .setParameter(3, region.provinceCode())
                .setParameter(4, region.cityCode(), String.class)
                .executeUpdate();
    }

    /**
     * Inserts the submission or replaces it when {@code facts} is the same or a later version; an older
     * version arriving late changes nothing.
     *
     * @return true when the fact now holds {@code facts}
     */
    public boolean upsertLatestSubmission(SubmissionFacts facts) {
        return sql("""
                insert into fact_submission (submission_id, version, fiscal_year, region_code, department_code,
                    department_name, status, project_count, budget_total, finding_errors, finding_warnings, submitted_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                on conflict (submission_id) do update set
                    version = excluded.version, fiscal_year = excluded.fiscal_year, region_code = excluded.region_code,
                    department_code = excluded.department_code, department_name = excluded.department_name,
                    status = excluded.status, project_count = excluded.project_count,
                    budget_total = excluded.budget_total, finding_errors = excluded.finding_errors,
                    finding_warnings = excluded.finding_warnings, submitted_at = excluded.submitted_at
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
                .executeUpdate() == 1;
    }

    public void insertReviewCase(UUID caseId, UUID submissionId, Integer submissionVersion, Integer fiscalYear,
            String regionCode, String stage, String status, Instant openedAt) {
        sql("""
                insert into fact_review_case (case_id, submission_id, submission_version, fiscal_year, region_code,
                    stage, status, opened_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (case_id) do nothing""")
                .setParameter(1, caseId)
                .setParameter(2, submissionId)
                .setParameter(3, submissionVersion, Integer.class)
                .setParameter(4, fiscalYear, Integer.class)
                .setParameter(5, regionCode, String.class)
                .setParameter(6, stage)
                .setParameter(7, status)
                .setParameter(8, openedAt, Instant.class)
                .executeUpdate();
    }

    public void upsertFramework(String code, String name, Instant publishedAt) {
        sql("""
                insert into dim_framework (code, name, published_at) values (?1, ?2, ?3)
                on conflict (code) do update set name = excluded.name, published_at = excluded.published_at""")
                .setParameter(1, code)
                .setParameter(2, name)
                .setParameter(3, publishedAt, Instant.class)
                .executeUpdate();
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
}
