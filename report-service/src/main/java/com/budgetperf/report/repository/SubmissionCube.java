package com.budgetperf.report.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.budgetperf.report.domain.Drilldown;
import com.budgetperf.report.domain.RegionSubmissionTotals;

/** Aggregate queries over {@code fact_submission}; every one is limited to a region-code prefix in SQL. */
@ApplicationScoped
public class SubmissionCube {

    private static final int MONEY_SCALE = 6;

    private final EntityManager entityManager;

    public SubmissionCube(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Totals per region of the submissions in the figures; withdrawn ones are only counted apart ({@code withdrawn}).
     *
     * @param regionPrefix the caller's region (digits only, checked by {@code CallerRegion}); rows outside it
     *                     are never read
     * @param fiscalYear   null for all years
     */
    public List<RegionSubmissionTotals> totalsByRegion(String regionPrefix, Drilldown drilldown, Integer fiscalYear) {
        String sql = """
                select left(region_code, ?1) as region, count(*) filter (where not withdrawn),
                       coalesce(sum(project_count) filter (where not withdrawn), 0),
                       coalesce(sum(budget_total) filter (where not withdrawn), 0),
                       coalesce(sum(finding_errors) filter (where not withdrawn), 0),
                       count(*) filter (where withdrawn)
                from (select *, review_status = 'WITHDRAWN' as withdrawn from fact_submission) s
                where region_code like ?2 || '%'
                """
                + (fiscalYear == null ? "" : "and fiscal_year = ?3\n")
                + "group by 1 order by 1";
        Query query = entityManager.createNativeQuery(sql)
                .setParameter(1, drilldown.prefixLength())
                .setParameter(2, regionPrefix);
        if (fiscalYear != null) {
            query.setParameter(3, fiscalYear);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new RegionSubmissionTotals((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        new BigDecimal(row[3].toString()).setScale(MONEY_SCALE, RoundingMode.UNNECESSARY),
                        ((Number) row[4]).longValue(), ((Number) row[5]).longValue()))
                .toList();
    }

    /** Time of the newest event projected from {@code topic}, over all its partitions; null before the first. */
    public Instant includesEventsUpTo(String topic) {
        Object newest = entityManager.createNativeQuery(
                "select max(last_event_time) from projection_position where topic = ?1")
                .setParameter(1, topic)
                .getSingleResult();
        if (newest instanceof Instant instant) {
            return instant;
        }
        if (newest instanceof OffsetDateTime offsetDateTime) {
            return offsetDateTime.toInstant();
        }
        if (newest instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }

    /** The fiscal years with submissions inside the region, the latest first. */
    @SuppressWarnings("unchecked")
    public List<Integer> fiscalYears(String regionPrefix) {
        return ((List<Number>) entityManager.createNativeQuery("""
                select distinct fiscal_year from fact_submission where region_code like ?1 || '%' order by fiscal_year desc""")
                .setParameter(1, regionPrefix).getResultList()).stream().map(Number::intValue).toList();
    }
}
