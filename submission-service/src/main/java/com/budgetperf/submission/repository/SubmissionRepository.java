package com.budgetperf.submission.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.budgetperf.submission.domain.SubmissionKey;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<SubmissionEntity, UUID> {

    public Optional<SubmissionEntity> findForUpdate(SubmissionKey key) {
        return find("fiscalYear = :year and regionCode = :region and departmentCode = :department",
                Parameters.with("year", key.fiscalYear()).and("region", key.regionCode())
                        .and("department", key.departmentCode()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<SubmissionEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Submissions whose region code starts with {@code regionPrefix}: the caller's region scope, in the query. */
    public List<SubmissionEntity> listInRegion(String regionPrefix, Integer fiscalYear, int page, int size) {
        String query = "regionCode like :prefix" + (fiscalYear == null ? "" : " and fiscalYear = :year");
        Parameters parameters = Parameters.with("prefix", regionPrefix + "%");
        if (fiscalYear != null) {
            parameters = parameters.and("year", fiscalYear);
        }
        return find(query, Sort.by("regionCode").and("departmentCode").and("fiscalYear"), parameters)
                .page(page, size).list();
    }
}
