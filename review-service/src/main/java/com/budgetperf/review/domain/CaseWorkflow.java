package com.budgetperf.review.domain;

import java.util.List;

/** The guarded transitions of a case at its current stage. A case is decided once per stage. */
public final class CaseWorkflow {

    private CaseWorkflow() {
    }

    public enum Outcome {
        /** passed this stage, the next stage of the plan is entered */
        STAGE_APPROVED,
        /** passed the last stage of the plan */
        FINALLY_APPROVED,
        /** returned to the county for revision */
        RETURNED,
        /** rejected */
        REJECTED
    }

    public record Transition(Outcome outcome, CaseStatus status, ReviewStage stage) {
    }

    /**
     * @throws IllegalStateException when the case is already decided (not OPEN or IN_REVIEW) or its stage is not in the plan
     */
    public static Transition decide(CaseStatus status, ReviewStage stage, List<ReviewStage> plan, Grade grade) {
        if (!status.isUndecided()) {
            throw new IllegalStateException("案件已处于 " + status + " 状态，本阶段不能再作决定");
        }
        int at = plan.indexOf(stage);
        if (at < 0) {
            throw new IllegalStateException("审核阶段 " + stage + " 不在本案件的审核流程中");
        }
        return switch (grade) {
            case EXCELLENT, GOOD -> at + 1 < plan.size()
                    ? new Transition(Outcome.STAGE_APPROVED, CaseStatus.OPEN, plan.get(at + 1))
                    : new Transition(Outcome.FINALLY_APPROVED, CaseStatus.APPROVED, stage);
            case FAIR -> new Transition(Outcome.RETURNED, CaseStatus.RETURNED, stage);
            case POOR -> new Transition(Outcome.REJECTED, CaseStatus.REJECTED, stage);
        };
    }
}
