package com.budgetperf.review.domain;

import com.budgetperf.platform.region.RegionCode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A review case (审核案件): one submitted version of a department's performance targets, to be reviewed
 * by the finance bureau of {@link #stage}. The identity of the submission is review-service's own copy,
 * taken from the submission event.
 */
public record ReviewCase(
        UUID id,
        UUID submissionId,
        int submissionVersion,
        int fiscalYear,
        String regionCode,
        String departmentCode,
        String departmentName,
        ReviewStage stage,
        CaseStatus status,
        Instant openedAt) {

    public ReviewCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        if (submissionVersion < 1) {
            throw new IllegalArgumentException("提交版本号应从 1 开始：" + submissionVersion);
        }
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new IllegalArgumentException("缺少部门编码");
        }
        if (departmentName == null || departmentName.isBlank()) {
            throw new IllegalArgumentException("缺少部门名称");
        }
    }

    /**
     * Opens the case for a submitted version at {@code firstStage} (the first of its {@link WorkflowPlan}),
     * {@link CaseStatus#OPEN}.
     *
     * @throws IllegalArgumentException when the submission's identity is incomplete or its region code malformed
     */
    public static ReviewCase open(UUID id, SubmittedVersion submitted, ReviewStage firstStage, Instant openedAt) {
        Objects.requireNonNull(submitted, "submitted");
        if (submitted.regionCode() == null || RegionCode.parse(submitted.regionCode()).isEmpty()) {
            throw new IllegalArgumentException("行政区划代码不正确：" + submitted.regionCode());
        }
        return new ReviewCase(id, submitted.submissionId(), submitted.version(), submitted.fiscalYear(),
                submitted.regionCode(), submitted.departmentCode(), submitted.departmentName(), firstStage,
                CaseStatus.OPEN, openedAt);
    }

    /** Which submitted version of which department a case is opened for. */
    public record SubmittedVersion(UUID submissionId, int version, int fiscalYear, String regionCode,
            String departmentCode, String departmentName) {
    }
}
