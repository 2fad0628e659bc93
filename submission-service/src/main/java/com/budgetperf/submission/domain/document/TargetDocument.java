package com.budgetperf.submission.domain.document;

import java.util.List;

/**
 * A department's 绩效目标 for one fiscal year as the county wrote it (docs/architecture.md §1): the department-wide goals
 * and indicators, and one 绩效目标表 per budget project. Business gaps (no budget, blank rows, no goals) are
 * representable on purpose: they are stored and flagged by the machine review, not refused.
 */
public record TargetDocument(
        String overallGoal,
        List<String> subGoals,
        String safeguards,
        List<Indicator> departmentIndicators,
        List<Project> projects) {

    public TargetDocument {
        subGoals = subGoals == null ? List.of() : List.copyOf(subGoals);
        departmentIndicators = departmentIndicators == null ? List.of() : List.copyOf(departmentIndicators);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }
}
