package com.budgetperf.submission.service;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.excel.FormHeader;
import com.budgetperf.submission.excel.FormLevels;
import com.budgetperf.submission.excel.ReadForm;
import com.budgetperf.submission.excel.TargetForm;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionRepository;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.budgetperf.submission.repository.SubmissionVersionRepository;

import io.quarkus.panache.common.Parameters;

/**
 * The official Excel form of a submission: the template to download (prefilled with the department's current
 * version when there is one), a version's form (with its machine-review findings in the cells, on request) and the
 * reading of an uploaded form. The drop-down lists offer the fiscal year's 一级/二级 names. Storing an upload goes
 * through {@link SubmissionIntake} like any JSON post. Callers of {@link #template} check the region first.
 */
@ApplicationScoped
public class SubmissionForms {

    /** The largest form accepted, 5 MB (a form of a few hundred projects is well under 1 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final SubmissionRepository submissions;
    private final SubmissionVersionRepository versions;
    private final DocumentJson json;
    private final CatalogCopy catalog;
    private final CallerRegion callerRegion;
    private final TargetForm form = new TargetForm();

    public SubmissionForms(SubmissionRepository submissions, SubmissionVersionRepository versions, DocumentJson json,
            CatalogCopy catalog, CallerRegion callerRegion) {
        this.submissions = submissions;
        this.versions = versions;
        this.json = json;
        this.catalog = catalog;
        this.callerRegion = callerRegion;
    }

    /** The department's submission for the key, with its current version's document. */
    public record Current(SubmissionEntity submission, TargetDocument document) {
    }

    /** A written form and the names it should be downloaded as. */
    public record Workbook(byte[] xlsx, SubmissionKey key) {
    }

    @Transactional
    public Optional<Current> current(SubmissionKey key) {
        return submissions.find("fiscalYear = :year and regionCode = :region and departmentCode = :department",
                Parameters.with("year", key.fiscalYear()).and("region", key.regionCode())
                        .and("department", key.departmentCode()))
                .firstResultOptional()
                .flatMap(submission -> versions.find(submission.id, submission.currentVersion)
                        .map(version -> new Current(submission, json.document(version.document))));
    }

    /** The form for the key: the current version if the department has submitted, else empty with the header filled. */
    public byte[] template(SubmissionKey key, String departmentName) {
        Optional<Current> current = current(key);
        String name = current.map(c -> c.submission().departmentName).orElse(departmentName);
        TargetDocument document = current.map(Current::document).orElse(null);
        return form.write(new FormHeader(key.fiscalYear(), key.regionCode(), key.departmentCode(), name), document,
                levels(key.fiscalYear()));
    }

    /**
     * The form of one version of a submission the caller's region covers (404 for an unknown submission or
     * version, 403 outside the region); {@code reviewed}: with its findings in the cells and on 机审意见.
     */
    @Transactional
    public Workbook version(UUID id, int version, boolean reviewed) {
        SubmissionEntity submission = submissions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("申报 " + id));
        callerRegion.requireCovers(submission.regionCode);
        SubmissionVersionEntity stored = versions.find(id, version)
                .orElseThrow(() -> ProblemException.notFound("申报 " + id + " 的第 " + version + " 版"));
        FormHeader header = new FormHeader(submission.fiscalYear, submission.regionCode, submission.departmentCode,
                submission.departmentName);
        TargetDocument document = json.document(stored.document);
        FormLevels levels = levels(submission.fiscalYear);
        byte[] xlsx = reviewed ? form.writeReviewed(header, document, levels, json.findings(stored.findings))
                : form.write(header, document, levels);
        return new Workbook(xlsx, new SubmissionKey(submission.fiscalYear, submission.regionCode,
                submission.departmentCode));
    }

    public ReadForm read(byte[] xlsx) {
        return form.read(new ByteArrayInputStream(xlsx));
    }

    private FormLevels levels(int fiscalYear) {
        return FormLevels.of(catalog.frameworkFor(fiscalYear).orElse(null));
    }
}
