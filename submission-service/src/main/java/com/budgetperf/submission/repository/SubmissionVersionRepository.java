package com.budgetperf.submission.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SubmissionVersionRepository
        implements PanacheRepositoryBase<SubmissionVersionEntity, SubmissionVersionEntity.Key> {

    public Optional<SubmissionVersionEntity> find(UUID submissionId, int version) {
        return findByIdOptional(new SubmissionVersionEntity.Key(submissionId, version));
    }

    /** Every version of a submission, the newest first. */
    public java.util.List<SubmissionVersionEntity> ofSubmission(UUID submissionId) {
        return list("submissionId", io.quarkus.panache.common.Sort.descending("version"), submissionId);
    }
}
