package com.budgetperf.report.messaging.in;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What report-service reads of {@code budget.submission.withdrawn.v1} (topic {@code budget.submissions}, key =
 * submission id): the county took the submission back at {@code version}; every version up to it leaves the figures.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionWithdrawn(UUID submissionId, Integer version, Instant withdrawnAt, String withdrawnBy) {

    public static final String TYPE = "budget.submission.withdrawn.v1";
}
