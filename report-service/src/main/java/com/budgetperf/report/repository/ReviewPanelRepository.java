package com.budgetperf.report.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.budgetperf.report.domain.ReviewPanel;

/**
 * Reads the review timeline (fact_review_stage, fact_return_reason) inside a region prefix and fiscal year; region
 * and year are those of the submission's latest version (fact_submission).
 */
@ApplicationScoped
public class ReviewPanelRepository {

    private static final String SCOPE = """
            from fact_review_stage rs join fact_submission s on s.submission_id = rs.submission_id
            where s.region_code like ?1 || '%' and s.fiscal_year = ?2""";
    private static final String DAYS = "extract(epoch from (rs.decided_at - rs.entered_at)) / 86400.0";
    private static final int OVERDUE_SHOWN = 50;

    private final EntityManager entityManager;

    public ReviewPanelRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ReviewPanel panel(String regionPrefix, int fiscalYear, int dueDays, Instant now) {
        return new ReviewPanel(dueDays, stages(regionPrefix, fiscalYear), overdue(regionPrefix, fiscalYear, dueDays, now),
                overdueTotal(regionPrefix, fiscalYear, dueDays, now), reasons(regionPrefix, fiscalYear),
                reviewers(regionPrefix, fiscalYear));
    }

    private List<ReviewPanel.StageTimes> stages(String regionPrefix, int fiscalYear) {
        List<ReviewPanel.StageTimes> stages = new ArrayList<>();
        for (Object[] row : rows(query("select rs.stage, count(*), count(rs.decided_at), "
                + "count(*) filter (where rs.decided_at is null and s.version = rs.submission_version "
                + "and s.review_status in ('PENDING', 'IN_REVIEW')), "
                + "percentile_cont(0.5) within group (order by " + DAYS + ") filter (where rs.decided_at is not null "
                + "and rs.entered_at is not null) " + SCOPE
                + " group by rs.stage order by case rs.stage when 'COUNTY_FINANCE' then 0 when 'CITY_FINANCE' then 1 "
                + "else 2 end, rs.stage", regionPrefix, fiscalYear))) {
            stages.add(new ReviewPanel.StageTimes((String) row[0], count(row[1]), count(row[2]), count(row[3]),
                    days(row[4])));
        }
        return stages;
    }

    private static final String OVERDUE = SCOPE + " and rs.decided_at is null and rs.entered_at < ?3"
            + " and s.version = rs.submission_version and s.review_status in ('PENDING', 'IN_REVIEW')";

    private List<ReviewPanel.Overdue> overdue(String regionPrefix, int fiscalYear, int dueDays, Instant now) {
        Query query = query("select s.region_code, s.department_code, s.department_name, rs.stage, rs.entered_at, "
                + "extract(epoch from (cast(?4 as timestamptz) - rs.entered_at)) / 86400.0 " + OVERDUE
                + " order by rs.entered_at, s.region_code, s.department_code limit " + OVERDUE_SHOWN, regionPrefix, fiscalYear)
                .setParameter(3, now.minusSeconds(dueDays * 86_400L)).setParameter(4, now);
        List<ReviewPanel.Overdue> overdue = new ArrayList<>();
        for (Object[] row : rows(query)) {
            overdue.add(new ReviewPanel.Overdue((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    instant(row[4]), days(row[5])));
        }
        return overdue;
    }

    private long overdueTotal(String regionPrefix, int fiscalYear, int dueDays, Instant now) {
        return count(query("select count(*) " + OVERDUE, regionPrefix, fiscalYear)
                .setParameter(3, now.minusSeconds(dueDays * 86_400L)).getSingleResult());
    }

    /**
     * Each return counts once under every reason its comments name; a return naming none counts once under "" (a
     * comment without a reason next to named ones adds nothing).
     */
    private List<ReviewPanel.ReasonCount> reasons(String regionPrefix, int fiscalYear) {
        Map<String, Set<String>> named = new LinkedHashMap<>();
        Set<String> returns = new LinkedHashSet<>();
        for (Object[] row : rows(query("select rs.submission_id::text || '/' || rs.submission_version || '/' || rs.stage, "
                + "coalesce(r.reason, '') " + SCOPE.replace("where", "left join fact_return_reason r on "
                + "r.submission_id = rs.submission_id and r.submission_version = rs.submission_version and r.stage = rs.stage where")
                + " and rs.decision = 'RETURNED'", regionPrefix, fiscalYear))) {
            String key = (String) row[0];
            returns.add(key);
            if (!((String) row[1]).isBlank()) {
                named.computeIfAbsent((String) row[1], reason -> new LinkedHashSet<>()).add(key);
            }
        }
        List<ReviewPanel.ReasonCount> counts = new ArrayList<>();
        named.forEach((reason, keys) -> counts.add(new ReviewPanel.ReasonCount(reason, keys.size())));
        Set<String> withReason = new LinkedHashSet<>();
        named.values().forEach(withReason::addAll);
        long unnamed = returns.stream().filter(key -> !withReason.contains(key)).count();
        if (unnamed > 0) {
            counts.add(new ReviewPanel.ReasonCount("", unnamed));
        }
        counts.sort((a, b) -> a.returns() != b.returns() ? Long.compare(b.returns(), a.returns())
                : a.reason().compareTo(b.reason()));
        return counts;
    }

    private List<ReviewPanel.ReviewerLoad> reviewers(String regionPrefix, int fiscalYear) {
        List<ReviewPanel.ReviewerLoad> reviewers = new ArrayList<>();
        for (Object[] row : rows(query("select rs.decided_by, count(*), count(*) filter (where rs.decision = 'APPROVED'), "
                + "count(*) filter (where rs.decision = 'RETURNED'), count(*) filter (where rs.decision = 'REJECTED'), "
                + "percentile_cont(0.5) within group (order by " + DAYS + ") filter (where rs.entered_at is not null) "
                + SCOPE + " and rs.decided_at is not null group by rs.decided_by order by 2 desc, 1 nulls last",
                regionPrefix, fiscalYear))) {
            reviewers.add(new ReviewPanel.ReviewerLoad((String) row[0], count(row[1]), count(row[2]), count(row[3]),
                    count(row[4]), days(row[5])));
        }
        return reviewers;
    }

    private Query query(String sql, String regionPrefix, int fiscalYear) {
        return entityManager.createNativeQuery(sql).setParameter(1, regionPrefix).setParameter(2, fiscalYear);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal days(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant();
    }
}
