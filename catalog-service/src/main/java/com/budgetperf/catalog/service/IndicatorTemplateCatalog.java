package com.budgetperf.catalog.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.catalog.domain.library.IndicatorTemplate;
import com.budgetperf.catalog.mapping.IndicatorTemplateMapper;
import com.budgetperf.catalog.repository.IndicatorTemplateRepository;

/** Read side of the indicator library. */
@ApplicationScoped
public class IndicatorTemplateCatalog {

    private final IndicatorTemplateRepository repository;

    public IndicatorTemplateCatalog(IndicatorTemplateRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public List<IndicatorTemplate> search(String q, String level2, int page, int size) {
        String keyword = q == null || q.isBlank() ? null : q.strip();
        String level = level2 == null || level2.isBlank() ? null : level2.strip();
        return repository.search(keyword, level, page, size).stream().map(IndicatorTemplateMapper::toDomain).toList();
    }

    @Transactional
    public Optional<IndicatorTemplate> find(UUID id) {
        return repository.findByIdOptional(id).map(IndicatorTemplateMapper::toDomain);
    }
}
