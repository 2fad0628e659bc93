package com.budgetperf.review.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reads the workflow data ({@code workflow_stage}, {@code stage_rule}). */
@ApplicationScoped
public class WorkflowRepository {

    public record StageRow(String code, int ordinal, String nameZh, String reviewerRegionLevel) {
    }

    public record RuleRow(String stageCode, String condition, String parameter, String description) {
    }

    private final EntityManager entityManager;

    public WorkflowRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<StageRow> stages() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select code, ordinal, name_zh, reviewer_region_level from workflow_stage order by ordinal").getResultList();
        return rows.stream().map(r -> new StageRow((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<RuleRow> rules() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select stage_code, condition, parameter, description from stage_rule order by id").getResultList();
        return rows.stream().map(r -> new RuleRow((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
