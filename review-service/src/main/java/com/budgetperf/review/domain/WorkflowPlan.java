package com.budgetperf.review.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;

/**
 * Decides which stages a submitted version goes through, from the workflow data: the first stage is the one
 * whose reviewer level is the department's own level (a county department starts at the county bureau); each
 * later stage is added when one of its rules matches the submission. Earlier stages are never added.
 */
public final class WorkflowPlan {

    private final List<StageDefinition> stages;
    private final List<StageRule> rules;

    public WorkflowPlan(List<StageDefinition> stages, List<StageRule> rules) {
        this.stages = stages.stream().sorted(Comparator.comparingInt(StageDefinition::ordinal)).toList();
        this.rules = List.copyOf(rules);
    }

    /**
     * @return the stages in order, never empty
     * @throws IllegalArgumentException when the region code names no region or no stage is configured for its level
     */
    public List<ReviewStage> stagesFor(SubmissionFacts facts) {
        RegionLevel level = RegionCode.of(facts.regionCode()).level();
        int first = -1;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).reviewerLevel() == level) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException("审核流程中没有 " + level + " 级审核阶段");
        }
        List<ReviewStage> plan = new ArrayList<>();
        plan.add(stages.get(first).stage());
        for (StageDefinition later : stages.subList(first + 1, stages.size())) {
            if (rules.stream().anyMatch(rule -> rule.stage() == later.stage() && rule.matches(facts))) {
                plan.add(later.stage());
            }
        }
        return List.copyOf(plan);
    }

    public Optional<StageDefinition> definition(ReviewStage stage) {
        return stages.stream().filter(definition -> definition.stage() == stage).findFirst();
    }

    public List<StageDefinition> stages() {
        return stages;
    }
}
