package com.budgetperf.catalog.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FrameworkVersionRepository implements PanacheRepositoryBase<FrameworkVersionEntity, UUID> {

    public Optional<FrameworkVersionEntity> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<FrameworkVersionEntity> listNewestFirst(int page, int size) {
        return findAll(Sort.descending("publishedAt")).page(page, size).list();
    }
}
