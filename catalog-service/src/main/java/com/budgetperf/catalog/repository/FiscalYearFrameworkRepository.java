package com.budgetperf.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FiscalYearFrameworkRepository implements PanacheRepositoryBase<FiscalYearFrameworkEntity, Integer> {
}
