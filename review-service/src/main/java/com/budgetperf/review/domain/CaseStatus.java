package com.budgetperf.review.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a review case stands. A case is opened {@link #OPEN}; the review workflow moves it on. */
public enum CaseStatus {
    /** 待审核：已收到提交，尚未处理 */
    OPEN,
    /** 审核中 */
    IN_REVIEW,
    /** 已退回，等待县区修改后重新提交 */
    RETURNED,
    /** 已通过（最后一个审核阶段通过） */
    APPROVED,
    /** 已驳回（评级为差） */
    REJECTED,
    /** 已被新的提交版本取代（退回后重新提交） */
    SUPERSEDED,
    /** 县区已撤回申报 */
    WITHDRAWN;

    /** Whether a reviewer can still act on the case at its current stage. */
    public boolean isUndecided() {
        return this == OPEN || this == IN_REVIEW;
    }

    /** The status named {@code name} (case-insensitive), empty for anything else. */
    public static Optional<CaseStatus> parse(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equalsIgnoreCase(name)).findFirst();
    }
}
