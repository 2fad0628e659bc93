package com.budgetperf.review.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProjectVerdictRepository implements PanacheRepositoryBase<ProjectVerdictEntity, ProjectVerdictEntity.Key> {

    public List<ProjectVerdictEntity> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("decidedAt").and("projectIndex"), caseId);
    }

    public List<ProjectVerdictEntity> ofCaseAtStage(UUID caseId, String stage) {
        return list("caseId = ?1 and stage = ?2", Sort.ascending("projectIndex"), caseId, stage);
    }

    public Optional<ProjectVerdictEntity> find(UUID caseId, String stage, int projectIndex) {
        return findByIdOptional(new ProjectVerdictEntity.Key(caseId, stage, projectIndex));
    }
}
