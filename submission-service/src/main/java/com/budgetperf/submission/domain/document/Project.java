package com.budgetperf.submission.domain.document;

import java.util.List;

/** One 预算项目 with its 绩效目标表. */
public record Project(
        String code,
        String name,
        Budget budget,
        String purpose,
        DisbursementPlan disbursementPlan,
        List<String> goals,
        boolean classified,
        List<Indicator> indicators) {

    public Project {
        goals = goals == null ? List.of() : List.copyOf(goals);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public String displayName() {
        return name == null || name.isBlank() ? (code == null ? "未命名项目" : code) : name.strip();
    }
}
