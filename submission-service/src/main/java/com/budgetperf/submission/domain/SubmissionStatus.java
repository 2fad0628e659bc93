package com.budgetperf.submission.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a submission as a county sees it: DRAFT → SUBMITTED → IN_REVIEW → RETURNED → SUBMITTED … →
 * APPROVED, or WITHDRAWN → (a new version) DRAFT → SUBMITTED … Review outcomes arrive as review events and move
 * only a submission that is in review; counties change only their own steps.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, IN_REVIEW, RETURNED, APPROVED, WITHDRAWN;

    private static final Set<SubmissionStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

    private static final Set<SubmissionStatus> IN_REVIEWERS_HANDS = EnumSet.of(SUBMITTED, IN_REVIEW);

    /**
     * A county may post a new version while it holds the pen: as a draft, after a return, or after it withdrew the
     * submission (filing it again: the new version starts as a draft, see {@link #afterNewVersion()}).
     */
    public boolean acceptsNewVersion() {
        return EDITABLE.contains(this) || this == WITHDRAWN;
    }

    /** The status once a new version is in: a withdrawn submission is filed again as a draft, others keep theirs. */
    public SubmissionStatus afterNewVersion() {
        return this == WITHDRAWN ? DRAFT : this;
    }

    /**
     * Whether a review outcome may move the submission: only while the version is in the reviewers' hands. A decision
     * that arrives after a withdrawal, a return or an approval is late and changes nothing.
     */
    public boolean takesReviewOutcomes() {
        return IN_REVIEWERS_HANDS.contains(this);
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
