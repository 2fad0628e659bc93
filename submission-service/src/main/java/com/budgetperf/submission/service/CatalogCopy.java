package com.budgetperf.submission.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.submission.messaging.in.FrameworkPublishedData;
import com.budgetperf.submission.repository.FrameworkCopyEntity;
import com.budgetperf.submission.repository.FrameworkCopyRepository;

/** The catalog data this service needs to do its job while the catalog service is down. */
@ApplicationScoped
public class CatalogCopy {

    private final FrameworkCopyRepository frameworks;

    public CatalogCopy(FrameworkCopyRepository frameworks) {
        this.frameworks = frameworks;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void keepFramework(FrameworkPublishedData framework, String eventId) {
        FrameworkCopyEntity copy = frameworks.findByIdOptional(framework.code()).orElseGet(FrameworkCopyEntity::new);
        copy.code = framework.code();
        copy.name = framework.name();
        copy.levels = framework.levels().toString();
        copy.publishedAt = framework.publishedAt();
        copy.sourceEventId = eventId;
        frameworks.persist(copy);
    }

    @Transactional
    public Optional<FrameworkCopyEntity> framework(String code) {
        return frameworks.findByIdOptional(code);
    }
}
