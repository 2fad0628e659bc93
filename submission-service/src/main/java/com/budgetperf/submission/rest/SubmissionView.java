package com.budgetperf.submission.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.ScoreCard;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A submission as the county sees it. With one version shown: the document as the platform understood and
 * stored it, and that version's machine pre-review (findings, quality score 0-100, suggested grade, the four 88号
 * dimension scores and the score of each project; the last two absent for versions reviewed before they existed).
 */
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
        Integer qualityScore,
        String suggestedGrade,
        String ruleSetVersion,
        @Schema(description = "该版本的机审问题（有版本时）", type = SchemaType.ARRAY, implementation = Finding.class)
        @JsonRawValue String findings,
        @Schema(description = "平台理解并保存的绩效目标文档（有版本时）", implementation = TargetDocument.class)
        @JsonRawValue String document,
        @Schema(description = "该版本按 88号 四个方面的得分 0-100（COMPLETENESS、RELEVANCE、APPROPRIATENESS、FEASIBILITY）；"
                + "早于评分维度的版本没有", type = SchemaType.OBJECT, additionalProperties = Integer.class)
        @JsonRawValue String dimensionScores,
        @Schema(description = "该版本每个项目的得分及其权重；早于评分维度的版本没有", type = SchemaType.ARRAY,
                implementation = ScoreCard.PartScore.class)
        @JsonRawValue String projectScores) {

    static SubmissionView summary(SubmissionEntity submission) {
        return new SubmissionView(submission.id, submission.fiscalYear, submission.regionCode,
                submission.departmentCode, submission.departmentName, submission.status.name(),
                submission.status.label(), submission.currentVersion, null, null, null, null, null, null, null, null, null);
    }

    static SubmissionView withVersion(SubmissionEntity submission, SubmissionVersionEntity version) {
        return new SubmissionView(submission.id, submission.fiscalYear, submission.regionCode,
                submission.departmentCode, submission.departmentName, submission.status.name(),
                submission.status.label(), submission.currentVersion, version.version, version.receivedAt,
                version.qualityScore, version.suggestedGrade, version.ruleSetVersion, version.findings,
                version.document, version.dimensionScores, version.projectScores);
    }
}
