package com.budgetperf.submission.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.submission.domain.review.LevelFramework;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.messaging.in.FiscalYearFrameworkData;
import com.budgetperf.submission.messaging.in.FrameworkPublishedData;
import com.budgetperf.submission.repository.FiscalYearFrameworkCopyEntity;
import com.budgetperf.submission.repository.FiscalYearFrameworkCopyRepository;
import com.budgetperf.submission.repository.FrameworkCopyEntity;
import com.budgetperf.submission.repository.FrameworkCopyRepository;

/** The catalog data this service needs to do its job while the catalog service is down. */
@ApplicationScoped
public class CatalogCopy {

    private final FrameworkCopyRepository frameworks;
    private final FiscalYearFrameworkCopyRepository years;
    private final DocumentJson json;

    public CatalogCopy(FrameworkCopyRepository frameworks, FiscalYearFrameworkCopyRepository years, DocumentJson json) {
        this.frameworks = frameworks;
        this.years = years;
        this.json = json;
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

    /** Keeps a year's assignment; a later assignment of the same year replaces it (events of a key come in order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepYear(FiscalYearFrameworkData assigned, String eventId) {
        FiscalYearFrameworkCopyEntity copy = years.findByIdOptional(assigned.fiscalYear())
                .orElseGet(FiscalYearFrameworkCopyEntity::new);
        if (copy.assignedAt != null && assigned.assignedAt() != null && copy.assignedAt.isAfter(assigned.assignedAt())) {
            return;
        }
        copy.fiscalYear = assigned.fiscalYear();
        copy.frameworkCode = assigned.frameworkCode();
        copy.assignedAt = assigned.assignedAt() == null ? java.time.Instant.now() : assigned.assignedAt();
        copy.sourceEventId = eventId;
        years.persist(copy);
    }

    @Transactional
    public Optional<FrameworkCopyEntity> framework(String code) {
        return frameworks.findByIdOptional(code);
    }

    /** The framework a fiscal year follows, once the catalog has announced both the assignment and the framework. */
    @Transactional
    public Optional<LevelFramework> frameworkFor(int fiscalYear) {
        return years.findByIdOptional(fiscalYear)
                .flatMap(year -> frameworks.findByIdOptional(year.frameworkCode))
                .map(copy -> json.levelFramework(copy.code, copy.name, copy.levels));
    }
}
