package com.budgetperf.submission.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FiscalYearFrameworkCopyRepository implements PanacheRepositoryBase<FiscalYearFrameworkCopyEntity, Integer> {
}
