package com.budgetperf.submission.rest;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.ReviewResult;
import com.budgetperf.submission.service.SubmissionETag;
import com.budgetperf.submission.service.SubmissionIntake;

/**
 * The one way a document enters, whatever it came as (JSON or the Excel form): the region must be a county of
 * the province and covered by the caller; then a dry run answers the machine review, or the version is stored
 * and answered with 201 and its ETag. A retried Idempotency-Key is answered by the platform ({@code @Idempotent} on the
 * resource methods) with the first answer and {@code Idempotent-Replayed: true}.
 */
@RequestScoped
public class SubmissionReceipt {

    private final SubmissionIntake intake;
    private final JsonWebToken token;

    public SubmissionReceipt(SubmissionIntake intake, JsonWebToken token) {
        this.intake = intake;
        this.token = token;
    }

    /** @param regionField where the region code was written, for the violation ("/regionCode", "部门整体!D2") */
    public Response receive(SubmissionKey key, String regionField, String departmentName, TargetDocument document,
            String ifMatch, boolean dryRun) {
        return receive(key, regionField, departmentName, document, ifMatch, dryRun, Finding.Locator.NONE);
    }

    /** @param cells where the findings' paths sit in the workbook the document came from (each finding's location) */
    public Response receive(SubmissionKey key, String regionField, String departmentName, TargetDocument document,
            String ifMatch, boolean dryRun, Finding.Locator cells) {
        intake.admit(key, regionField);
        if (dryRun) {
            ReviewResult review = intake.check(key, document);
            return Response.ok(new SubmissionResource.DryRun(false, review.qualityScore(), review.suggestedGrade(),
                    review.ruleSetVersion(), review.findings().stream().map(finding -> finding.locatedBy(cells)).toList(),
                    review.dimensionScores(), review.scoreCard().parts()))
                    .build();
        }
        SubmissionIntake.Received received = intake.receive(key, departmentName, document, token.getName(), ifMatch,
                cells);
        return Response.created(URI.create("/api/v1/submissions/" + received.submission().id))
                .tag(SubmissionETag.value(received.submission()))
                .entity(SubmissionView.withVersion(received.submission(), received.version()))
                .build();
    }
}
