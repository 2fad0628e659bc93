package com.budgetperf.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.region.RegionLevel;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.domain.StageDefinition;
import com.budgetperf.review.domain.StageRule;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.repository.WorkflowRepository;

/** The workflow as configured in the database, read at each use (it is small; a change takes effect at once). */
@ApplicationScoped
public class WorkflowDefinitions {

    private final WorkflowRepository repository;

    public WorkflowDefinitions(WorkflowRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public WorkflowPlan plan() {
        var stages = repository.stages().stream()
                .map(row -> new StageDefinition(ReviewStage.valueOf(row.code()), row.ordinal(), row.nameZh(),
                        RegionLevel.valueOf(row.reviewerRegionLevel())))
                .toList();
        var rules = repository.rules().stream()
                .map(row -> new StageRule(ReviewStage.valueOf(row.stageCode()), StageRule.Condition.valueOf(row.condition()),
                        row.parameter(), row.description()))
                .toList();
        return new WorkflowPlan(stages, rules);
    }
}
