package com.budgetperf.submission.messaging.out;

import java.time.Instant;
import java.util.UUID;

/** Event schema {@code budget.submission.withdrawn.v1} on {@code budget.submissions}, key = submission id. */
public record SubmissionWithdrawn(UUID submissionId, int fiscalYear, String regionCode, String departmentCode,
        int version, Instant withdrawnAt, String withdrawnBy) {

    public static final String TYPE = "budget.submission.withdrawn.v1";
}
