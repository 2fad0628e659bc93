package com.budgetperf.review.messaging.in;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** review-service's reading of {@code budget.submission.withdrawn.v1}: the county took its submission back. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionWithdrawn(UUID submissionId, Integer version, Instant withdrawnAt, String withdrawnBy) {

    public static final String TYPE = "budget.submission.withdrawn.v1";
}
