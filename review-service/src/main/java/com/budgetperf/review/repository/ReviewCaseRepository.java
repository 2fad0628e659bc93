package com.budgetperf.review.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import com.budgetperf.review.domain.CaseStatus;

@ApplicationScoped
public class ReviewCaseRepository implements PanacheRepositoryBase<ReviewCaseEntity, UUID> {

    public Optional<ReviewCaseEntity> findBySubmissionVersion(UUID submissionId, int version) {
        return find("submissionId = ?1 and submissionVersion = ?2", submissionId, version).firstResultOptional();
    }

    /**
     * Cases of the regions under {@code filter.regionPrefix()} (the caller's region claim or narrower). The region
     * scope is part of the query: cases of other regions are never loaded.
     */
    public List<ReviewCaseEntity> search(CaseFilter filter) {
        StringBuilder query = new StringBuilder("regionCode like :region");
        Parameters parameters = Parameters.with("region", filter.regionPrefix() + "%");
        if (filter.fiscalYear() != null) {
            query.append(" and fiscalYear = :fiscalYear");
            parameters.and("fiscalYear", filter.fiscalYear());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.stage() != null) {
            query.append(" and stage = :stage");
            parameters.and("stage", filter.stage());
        }
        if (filter.grade() != null) {
            query.append(" and coalesce(grade, suggestedGrade) = :grade");
            parameters.and("grade", filter.grade());
        }
        if (filter.hasErrors() != null) {
            query.append(" and hasErrors = :hasErrors");
            parameters.and("hasErrors", filter.hasErrors());
        }
        if (filter.overdue() != null) {
            String undecidedPastDue = "(dueAt < :now and status in (:undecided))";
            query.append(filter.overdue() ? " and " + undecidedPastDue : " and not " + undecidedPastDue);
            parameters.and("now", filter.now()).and("undecided", List.of(CaseStatus.OPEN, CaseStatus.IN_REVIEW));
        }
        String column = switch (filter.sort() == null ? "openedAt" : filter.sort()) {
            case "dueAt" -> "dueAt";
            case "qualityScore" -> "qualityScore";
            default -> "openedAt";
        };
        Sort sort = filter.descending() ? Sort.descending(column) : Sort.ascending(column);
        return find(query.toString(), sort.and("id"), parameters).page(filter.page(), filter.size()).list();
    }

    /** Cases of a submission a reviewer could still act on. */
    public java.util.List<ReviewCaseEntity> undecided(UUID submissionId) {
        return list("submissionId = ?1 and status in ?2", submissionId,
                java.util.List.of(CaseStatus.OPEN, CaseStatus.IN_REVIEW));
    }

    /** The newest case of an earlier version of {@code submissionId}. */
    public Optional<ReviewCaseEntity> latestBefore(UUID submissionId, int version) {
        return find("submissionId = ?1 and submissionVersion < ?2", Sort.descending("submissionVersion"), submissionId,
                version).firstResultOptional();
    }
}
