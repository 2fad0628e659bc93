package com.budgetperf.review.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a review case stands. A case is opened {@link #OPEN}; the review workflow moves it on. */
public enum CaseStatus implements Labelled {
    /** 已收到提交，尚未处理 */
    OPEN("待审核"),
    IN_REVIEW("审核中"),
    /** 等待县区修改后重新提交 */
    RETURNED("已退回"),
    /** 最后一个审核阶段通过 */
    APPROVED("已通过"),
    /** 评级为差 */
    REJECTED("已驳回"),
    /** 退回后重新提交 */
    SUPERSEDED("已被新版本取代"),
    WITHDRAWN("县区已撤回");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a reviewer can still act on the case at its current stage. */
    public boolean isUndecided() {
        return this == OPEN || this == IN_REVIEW;
    }

    /** The status named {@code name} (case-insensitive), empty for anything else. */
    public static Optional<CaseStatus> parse(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equalsIgnoreCase(name)).findFirst();
    }
}
