package com.budgetperf.review.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReviewCommentRepository implements PanacheRepositoryBase<ReviewCommentEntity, UUID> {

    public List<ReviewCommentEntity> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("createdAt").and("id"), caseId);
    }

    public List<ReviewCommentEntity> ofCaseAtStage(UUID caseId, String stage) {
        return list("caseId = ?1 and stage = ?2", Sort.ascending("createdAt").and("id"), caseId, stage);
    }
}
