package com.budgetperf.submission.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a submission as a county sees it: DRAFT → SUBMITTED → IN_REVIEW → RETURNED → SUBMITTED … →
 * APPROVED, or WITHDRAWN. Review outcomes arrive as review events; counties change only their own steps.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, IN_REVIEW, RETURNED, APPROVED, WITHDRAWN;

    private static final Set<SubmissionStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    /** A county may post a new version while it holds the pen: as a draft or after a return. */
    public boolean acceptsNewVersion() {
        return EDITABLE.contains(this);
    }

    /** A county may hand in what it holds; a submission under review or decided stays as it is. */
    public boolean maySubmit() {
        return EDITABLE.contains(this);
    }

    /** A county may take back what no reviewer has started on. */
    public boolean mayWithdraw() {
        return this == DRAFT || this == RETURNED || this == SUBMITTED;
    }

    /** 中文 label for people. */
    public String label() {
        return switch (this) {
            case DRAFT -> "草稿";
            case SUBMITTED -> "已报送";
            case IN_REVIEW -> "审核中";
            case RETURNED -> "已退回";
            case APPROVED -> "已通过";
            case WITHDRAWN -> "已撤回";
        };
    }
}
