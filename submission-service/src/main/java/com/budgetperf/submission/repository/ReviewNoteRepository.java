package com.budgetperf.submission.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReviewNoteRepository implements PanacheRepository<ReviewNoteEntity> {

    public List<ReviewNoteEntity> forSubmission(UUID submissionId) {
        return list("submissionId", Sort.by("decidedAt").and("id"), submissionId);
    }
}
