package com.budgetperf.report.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reads the review progress (fact_review_progress) inside a region prefix, per day (China Standard Time). */
@ApplicationScoped
public class ReviewProgressRepository {

    /** How many submissions were first submitted / finally approved, and how many returns happened, on a day. */
    public record DayCount(LocalDate day, String kind, long count) {
    }

    private final EntityManager entityManager;

    public ReviewProgressRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * SUBMITTED and APPROVED count each submission once (on its first such day); RETURNED counts every return of a
     * version. Year and region are those of the submission's latest version; a withdrawn submission is left out.
     */
    public List<DayCount> perDay(String regionPrefix, Integer fiscalYear) {
        String yearCut = fiscalYear == null ? "" : " and s.fiscal_year = ?2";
        var query = entityManager.createNativeQuery("""
                with ev as (
                    select p.kind, p.submission_id, cast(p.occurred_at at time zone 'Asia/Shanghai' as date) as day
                    from fact_review_progress p
                    join fact_submission s on s.submission_id = p.submission_id
                    where s.region_code like ?1 || '%' and s.review_status <> 'WITHDRAWN'""" + yearCut + """
                ), counted as (
                    select kind, min(day) as day from ev where kind in ('SUBMITTED', 'APPROVED') group by kind, submission_id
                    union all
                    select kind, day from ev where kind = 'RETURNED'
                )
                select day, kind, count(*) from counted group by day, kind order by day, kind""")
                .setParameter(1, regionPrefix);
        if (fiscalYear != null) {
            query.setParameter(2, fiscalYear);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new DayCount(day(row[0]), (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }
}
