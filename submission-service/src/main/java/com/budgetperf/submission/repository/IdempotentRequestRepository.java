package com.budgetperf.submission.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IdempotentRequestRepository
        implements PanacheRepositoryBase<IdempotentRequestEntity, IdempotentRequestEntity.Key> {

    public Optional<IdempotentRequestEntity> find(String caller, String key) {
        return findByIdOptional(new IdempotentRequestEntity.Key(caller, key));
    }
}
