package com.budgetperf.submission.rest;

import java.time.Instant;
import java.util.UUID;

import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** A submission as the county sees it; {@code document} is present when one version is shown. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionView(
        UUID id,
        int fiscalYear,
        String regionCode,
        String departmentCode,
        String departmentName,
        String status,
        String statusLabel,
        int currentVersion,
        Integer version,
        Instant receivedAt,
        @JsonRawValue String document) {

    static SubmissionView summary(SubmissionEntity submission) {
        return new SubmissionView(submission.id, submission.fiscalYear, submission.regionCode,
                submission.departmentCode, submission.departmentName, submission.status.name(),
                submission.status.label(), submission.currentVersion, null, null, null);
    }

    static SubmissionView withVersion(SubmissionEntity submission, SubmissionVersionEntity version) {
        return new SubmissionView(submission.id, submission.fiscalYear, submission.regionCode,
                submission.departmentCode, submission.departmentName, submission.status.name(),
                submission.status.label(), submission.currentVersion, version.version, version.receivedAt,
                version.document);
    }
}
