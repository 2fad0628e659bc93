package com.budgetperf.submission.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleSetCopyRepository implements PanacheRepositoryBase<RuleSetCopyEntity, String> {

    /** The newest published rule set of a fiscal year. */
    public Optional<RuleSetCopyEntity> activeFor(int fiscalYear) {
        return find("fiscalYear", Sort.descending("publishedAt"), fiscalYear).firstResultOptional();
    }
}
