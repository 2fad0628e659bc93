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
     * Cases of the regions under {@code regionPrefix} (the caller's region claim), newest first. The region
     * scope is part of the query: cases of other regions are never loaded.
     */
    public List<ReviewCaseEntity> listInRegion(String regionPrefix, Integer fiscalYear, CaseStatus status, int page,
            int size) {
        StringBuilder query = new StringBuilder("regionCode like :region");
        Parameters parameters = Parameters.with("region", regionPrefix + "%");
        if (fiscalYear != null) {
            query.append(" and fiscalYear = :fiscalYear");
            parameters.and("fiscalYear", fiscalYear);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("openedAt").and("id"), parameters).page(page, size).list();
    }
}
