package com.budgetperf.review.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Appends and reads audit entries; there is deliberately no update or delete here. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntryEntity, Long> {

    public List<AuditEntryEntity> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("seq"), caseId);
    }

    public Optional<AuditEntryEntity> lastOf(UUID caseId) {
        return find("caseId", Sort.descending("seq"), caseId).firstResultOptional();
    }
}
