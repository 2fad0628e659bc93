package com.budgetperf.submission.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CommentReplyRepository implements PanacheRepositoryBase<CommentReplyEntity, UUID> {

    public List<CommentReplyEntity> forSubmission(UUID submissionId) {
        return list("submissionId", Sort.by("repliedAt").and("id"), submissionId);
    }
}
