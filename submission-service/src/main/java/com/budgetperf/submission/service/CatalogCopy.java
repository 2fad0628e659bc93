package com.budgetperf.submission.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import com.budgetperf.submission.domain.review.LevelFramework;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.messaging.in.FiscalYearFrameworkData;
import com.budgetperf.submission.messaging.in.FrameworkPublishedData;
import com.budgetperf.submission.repository.FiscalYearFrameworkCopyEntity;
import com.budgetperf.submission.repository.FiscalYearFrameworkCopyRepository;
import com.budgetperf.submission.repository.FrameworkCopyEntity;
import com.budgetperf.submission.repository.FrameworkCopyRepository;

/**
 * The catalog data this service needs to do its job while the catalog service is down. The framework of a fiscal
 * year is read and parsed once and kept in memory until a catalog event changes the copy ({@link CatalogCopyChanged},
 * after its commit) or {@code submission.catalog-cache.ttl} passed.
 */
@ApplicationScoped
public class CatalogCopy {

    private final FrameworkCopyRepository frameworks;
    private final FiscalYearFrameworkCopyRepository years;
    private final DocumentJson json;
    private final Event<CatalogCopyChanged> changed;
    private final CatalogCache<Optional<LevelFramework>> yearFrameworks;

    public CatalogCopy(FrameworkCopyRepository frameworks, FiscalYearFrameworkCopyRepository years, DocumentJson json,
            Event<CatalogCopyChanged> changed, CatalogCacheConfig cache) {
        this.frameworks = frameworks;
        this.years = years;
        this.json = json;
        this.changed = changed;
        this.yearFrameworks = new CatalogCache<>(cache.ttl());
    }

    void onCatalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogCopyChanged change) {
        yearFrameworks.invalidate();
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
        changed.fire(new CatalogCopyChanged("framework " + framework.code(), eventId));
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
        changed.fire(new CatalogCopyChanged("fiscal year " + assigned.fiscalYear(), eventId));
    }

    @Transactional
    public Optional<FrameworkCopyEntity> framework(String code) {
        return frameworks.findByIdOptional(code);
    }

    /** The framework a fiscal year follows, once the catalog has announced both the assignment and the framework. */
    @Transactional
    public Optional<LevelFramework> frameworkFor(int fiscalYear) {
        return yearFrameworks.get(fiscalYear, year -> years.findByIdOptional(year)
                .flatMap(assigned -> frameworks.findByIdOptional(assigned.frameworkCode))
                .map(copy -> json.levelFramework(copy.code, copy.name, copy.levels)));
    }
}
