package com.budgetperf.catalog.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSetEntity, String> {

    public Optional<RuleSetEntity> findForUpdate(String version) {
        return findByIdOptional(version, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The active rule set of a year: its one PUBLISHED row. */
    public Optional<RuleSetEntity> active(int fiscalYear) {
        return find("fiscalYear = ?1 and status = 'PUBLISHED'", fiscalYear).firstResultOptional();
    }

    /** Serialises publications of one fiscal year (transaction-scoped advisory lock). */
    public void lockYear(int fiscalYear) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7301, :year)")
                .setParameter("year", fiscalYear).getSingleResult();
    }

    /** Retires the published rule set(s) of a year; returns how many were retired. */
    public int retirePublished(int fiscalYear) {
        return update("status = 'RETIRED' where fiscalYear = ?1 and status = 'PUBLISHED'", fiscalYear);
    }

    public List<RuleSetEntity> list(Integer fiscalYear, int page, int size) {
        Sort sort = Sort.descending("fiscalYear").and("createdAt", Sort.Direction.Descending).and("version");
        var query = fiscalYear == null ? findAll(sort) : find("fiscalYear", sort, fiscalYear);
        return query.page(Page.of(page, size)).list();
    }
}
