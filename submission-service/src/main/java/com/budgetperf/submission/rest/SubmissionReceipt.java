package com.budgetperf.submission.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.ReviewResult;
import com.budgetperf.submission.excel.FormHeader;
import com.budgetperf.submission.excel.ReadForm;
import com.budgetperf.submission.service.SubmissionETag;
import com.budgetperf.submission.service.SubmissionForms;
import com.budgetperf.submission.service.SubmissionIntake;

/**
 * The one way a document enters, whatever it came as (JSON or the Excel form): the region must be a county of
 * the province and covered by the caller; then a dry run answers the machine review, or the version is stored
 * and answered with 201 and its ETag. A retried Idempotency-Key is answered by the platform ({@code @Idempotent} on the
 * resource methods) with the first answer and {@code Idempotent-Replayed: true}.
 */
@RequestScoped
public class SubmissionReceipt {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SubmissionIntake intake;
    private final JsonWebToken token;

    public SubmissionReceipt(SubmissionIntake intake, JsonWebToken token) {
        this.intake = intake;
        this.token = token;
    }

    /**
     * Stores (or, with {@code dryRun}, only checks) what an uploaded official form holds.
     *
     * @throws ProblemException 422 {@code FORM_INVALID} with one violation per cell the form reader could not read
     */
    public Response receiveForm(ReadForm form, String ifMatch, boolean dryRun) {
        if (!form.ok()) {
            throw new ProblemException(Problem.of(422, "FORM_INVALID", "Excel 绩效目标表未通过校验",
                    "请按单元格提示修改后重新上传")
                    .withViolations(form.problems().stream()
                            .map(problem -> new Problem.Violation(problem.cell(), problem.describe()))
                            .toList()));
        }
        FormHeader header = form.header();
        SubmissionKey key = new SubmissionKey(header.fiscalYear(), header.regionCode(), header.departmentCode());
        return receive(key, form.regionCell(), header.departmentName(), form.document(), ifMatch, dryRun,
                form.places());
    }

    /** 413 for a form over {@link SubmissionForms#MAX_BYTES}. */
    public static ProblemException formTooLarge() {
        return new ProblemException(413, "FILE_TOO_LARGE", "文件过大", "Excel 绩效目标表不能超过 5 MB");
    }

    /**
     * The official form as a download: {@code 绩效目标表_<year>_<region>_<department><suffix>.xlsx}.
     *
     * @param suffix "" for the form, "_v2" for a version, "_v2_机审意见" for the reviewed workbook
     */
    public static Response workbook(byte[] xlsx, SubmissionKey key, String suffix) {
        String base = key.fiscalYear() + "_" + key.regionCode() + "_" + key.departmentCode();
        String fileName = "绩效目标表_" + base + suffix + ".xlsx";
        String ascii = "target-form_" + base + suffix.replace("_机审意见", "_reviewed") + ".xlsx";
        return Response.ok(xlsx, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
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
