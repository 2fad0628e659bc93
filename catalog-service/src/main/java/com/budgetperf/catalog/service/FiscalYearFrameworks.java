package com.budgetperf.catalog.service;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.catalog.domain.FiscalYearFramework;
import com.budgetperf.catalog.domain.FrameworkVersion;
import com.budgetperf.catalog.mapping.FrameworkVersionMapper;
import com.budgetperf.catalog.messaging.out.FiscalYearFrameworkAssigned;
import com.budgetperf.catalog.repository.FiscalYearFrameworkEntity;
import com.budgetperf.catalog.repository.FiscalYearFrameworkRepository;
import com.budgetperf.catalog.repository.FrameworkVersionRepository;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.ProblemException;

/** Points a fiscal year at a published framework version; announced on {@code budget.catalog}. */
@ApplicationScoped
public class FiscalYearFrameworks {

    private final FiscalYearFrameworkRepository assignments;
    private final FrameworkVersionRepository frameworks;
    private final Outbox outbox;

    public FiscalYearFrameworks(FiscalYearFrameworkRepository assignments, FrameworkVersionRepository frameworks,
            Outbox outbox) {
        this.assignments = assignments;
        this.frameworks = frameworks;
        this.outbox = outbox;
    }

    @Transactional
    public FiscalYearFramework assign(int fiscalYear, String frameworkCode, String user) {
        if (frameworks.findByCode(frameworkCode).isEmpty()) {
            throw ProblemException.notFound("框架版本 " + frameworkCode);
        }
        FiscalYearFrameworkEntity existing = assignments.findByIdOptional(fiscalYear).orElse(null);
        FiscalYearFrameworkEntity entity = existing == null ? new FiscalYearFrameworkEntity() : existing;
        entity.fiscalYear = fiscalYear;
        entity.frameworkCode = frameworkCode;
        entity.assignedAt = Instant.now();
        entity.assignedBy = user;
        if (existing == null) {
            assignments.persist(entity);
        }
        outbox.append(EventTopics.CATALOG, String.valueOf(fiscalYear), FiscalYearFrameworkAssigned.TYPE,
                new FiscalYearFrameworkAssigned(fiscalYear, frameworkCode, entity.assignedAt));
        return new FiscalYearFramework(fiscalYear, frameworkCode, entity.assignedAt, user);
    }

    @Transactional
    public Optional<FrameworkVersion> frameworkOf(int fiscalYear) {
        return assignments.findByIdOptional(fiscalYear)
                .flatMap(assignment -> frameworks.findByCode(assignment.frameworkCode))
                .map(FrameworkVersionMapper::toDomain);
    }
}
