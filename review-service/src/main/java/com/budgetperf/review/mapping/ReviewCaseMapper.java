package com.budgetperf.review.mapping;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.review.domain.ReviewCase;
import com.budgetperf.review.messaging.out.ReviewCaseOpened;
import com.budgetperf.review.messaging.in.SubmissionSubmitted;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.domain.SubmittedContent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

public final class ReviewCaseMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewCaseMapper() {
    }

    /** The document and machine pre-review results a submitted version carries. */
    public static SubmittedContent toContent(SubmissionSubmitted event) {
        try {
            String document = event.document() == null || event.document().isNull() ? null : event.document().toString();
            String findings = JSON.writeValueAsString(event.findingsOrEmpty());
            boolean hasErrors = event.findingsOrEmpty().stream()
                    .anyMatch(finding -> "ERROR".equalsIgnoreCase(finding.severity()));
            return new SubmittedContent(document, findings, hasErrors, event.qualityScore(),
                    event.suggestedGrade(), event.submittedBy());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReviewCase toDomain(ReviewCaseEntity entity) {
        return new ReviewCase(entity.id, entity.submissionId, entity.submissionVersion, entity.fiscalYear,
                entity.regionCode, entity.departmentCode, entity.departmentName, entity.stage, entity.status,
                entity.openedAt);
    }

    public static ReviewCaseEntity toEntity(ReviewCase reviewCase) {
        ReviewCaseEntity entity = new ReviewCaseEntity();
        entity.id = reviewCase.id();
        entity.submissionId = reviewCase.submissionId();
        entity.submissionVersion = reviewCase.submissionVersion();
        entity.fiscalYear = reviewCase.fiscalYear();
        entity.regionCode = reviewCase.regionCode();
        entity.departmentCode = reviewCase.departmentCode();
        entity.departmentName = reviewCase.departmentName();
        entity.stage = reviewCase.stage();
        entity.status = reviewCase.status();
        entity.openedAt = reviewCase.openedAt();
        return entity;
    }

    public static ReviewCaseOpened toOpenedEvent(ReviewCase reviewCase) {
        return new ReviewCaseOpened(reviewCase.id(), reviewCase.submissionId(), reviewCase.submissionVersion(),
                reviewCase.fiscalYear(), reviewCase.regionCode(), reviewCase.departmentCode(),
                reviewCase.departmentName(), reviewCase.stage().name(), reviewCase.status().name(),
                reviewCase.openedAt());
    }

    /** @throws MalformedEventException when the event lacks what identifies the submitted version */
    public static ReviewCase.SubmittedVersion toSubmittedVersion(SubmissionSubmitted event, String eventId) {
        if (event == null || event.submissionId() == null || event.version() == null || event.fiscalYear() == null
                || event.regionCode() == null) {
            throw new MalformedEventException(SubmissionSubmitted.TYPE + " " + eventId
                    + " lacks submissionId, version, fiscalYear or regionCode");
        }
        return new ReviewCase.SubmittedVersion(event.submissionId(), event.version(), event.fiscalYear(),
                event.regionCode(), event.departmentCode(), event.departmentName());
    }
}
