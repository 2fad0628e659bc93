package com.budgetperf.submission.service;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.excel.FormHeader;
import com.budgetperf.submission.excel.ReadForm;
import com.budgetperf.submission.excel.TargetForm;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionRepository;
import com.budgetperf.submission.repository.SubmissionVersionRepository;

import io.quarkus.panache.common.Parameters;

/**
 * The official Excel form of a submission: the template to download (prefilled with the department's current
 * version when there is one) and the reading of an uploaded form. Storing an upload goes through
 * {@link SubmissionIntake} like any JSON post. Callers check the region first.
 */
@ApplicationScoped
public class SubmissionForms {

    /** The largest form accepted, 5 MB (a form of a few hundred projects is well under 1 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final SubmissionRepository submissions;
    private final SubmissionVersionRepository versions;
    private final DocumentJson json;
    private final TargetForm form = new TargetForm();

    public SubmissionForms(SubmissionRepository submissions, SubmissionVersionRepository versions, DocumentJson json) {
        this.submissions = submissions;
        this.versions = versions;
        this.json = json;
    }

    /** The department's submission for the key, with its current version's document. */
    public record Current(SubmissionEntity submission, TargetDocument document) {
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
        return form.write(new FormHeader(key.fiscalYear(), key.regionCode(), key.departmentCode(), name), document);
    }

    public ReadForm read(byte[] xlsx) {
        return form.read(new ByteArrayInputStream(xlsx));
    }
}
