package com.budgetperf.report.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.report.domain.Disclosure;
import com.budgetperf.report.repository.DisclosureRepository;

/** A department's disclosure document, inside the caller's region. */
@ApplicationScoped
public class DisclosurePublishing {

    private final DisclosureRepository repository;

    public DisclosurePublishing(DisclosureRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Optional<Disclosure> disclosure(String regionPrefix, String departmentCode, int fiscalYear, boolean approvedOnly) {
        return repository.find(regionPrefix, departmentCode, fiscalYear, approvedOnly);
    }
}
