package com.budgetperf.review.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.ReviewCase;
import com.budgetperf.review.mapping.ReviewCaseMapper;
import com.budgetperf.review.repository.ReviewCaseRepository;

/** Reads review cases for reviewers; the caller's region scope is applied by the callers of these methods. */
@ApplicationScoped
public class ReviewCaseQueries {

    private final ReviewCaseRepository repository;

    public ReviewCaseQueries(ReviewCaseRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Optional<ReviewCase> find(UUID id) {
        return repository.findByIdOptional(id).map(ReviewCaseMapper::toDomain);
    }

    @Transactional
    public List<ReviewCase> listInRegion(String regionPrefix, Integer fiscalYear, CaseStatus status, int page,
            int size) {
        return repository.listInRegion(regionPrefix, fiscalYear, status, page, size).stream()
                .map(ReviewCaseMapper::toDomain)
                .toList();
    }
}
