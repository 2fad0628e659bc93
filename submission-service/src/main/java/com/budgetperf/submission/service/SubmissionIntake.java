package com.budgetperf.submission.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.SubmissionStatus;
import com.budgetperf.submission.messaging.SubmissionSubmitted;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionRepository;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.budgetperf.submission.repository.SubmissionVersionRepository;

/**
 * Receives county documents (every accepted post is a new version) and hands submissions in for review.
 * Handing in writes the {@code budget.submission.submitted.v1} event in the same transaction.
 */
@ApplicationScoped
public class SubmissionIntake {

    private final SubmissionRepository submissions;
    private final SubmissionVersionRepository versions;
    private final Outbox outbox;
    private final CallerRegion callerRegion;

    public SubmissionIntake(SubmissionRepository submissions, SubmissionVersionRepository versions, Outbox outbox,
            CallerRegion callerRegion) {
        this.submissions = submissions;
        this.versions = versions;
        this.outbox = outbox;
        this.callerRegion = callerRegion;
    }

    @Transactional
    public SubmissionVersionEntity receive(SubmissionKey key, String departmentName, String document, String receivedBy) {
        Instant now = Instant.now();
        SubmissionEntity submission = submissions.findForUpdate(key).orElseGet(() -> create(key, departmentName, now));
        if (!submission.status.acceptsNewVersion()) {
            throw new ProblemException(409, "SUBMISSION_LOCKED", "当前状态不能修改",
                    "该申报" + submission.status.label() + "，不能再报送新版本；被退回后可修改");
        }
        submission.currentVersion++;
        submission.departmentName = departmentName;
        submission.updatedAt = now;
        SubmissionVersionEntity version = new SubmissionVersionEntity();
        version.submissionId = submission.id;
        version.version = submission.currentVersion;
        version.document = document;
        version.receivedAt = now;
        version.receivedBy = receivedBy;
        versions.persist(version);
        return version;
    }

    private SubmissionEntity create(SubmissionKey key, String departmentName, Instant now) {
        SubmissionEntity submission = new SubmissionEntity();
        submission.id = UUID.randomUUID();
        submission.fiscalYear = key.fiscalYear();
        submission.regionCode = key.regionCode();
        submission.departmentCode = key.departmentCode();
        submission.departmentName = departmentName;
        submission.status = SubmissionStatus.DRAFT;
        submission.currentVersion = 0;
        submission.createdAt = now;
        submission.updatedAt = now;
        submissions.persist(submission);
        return submission;
    }

    /** Hands the current version in for review; only callers whose region covers the submission may. */
    @Transactional
    public SubmissionEntity submit(UUID id, String submittedBy) {
        SubmissionEntity submission = submissions.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("申报 " + id));
        callerRegion.requireCovers(submission.regionCode);
        if (!submission.status.maySubmit()) {
            throw new ProblemException(409, "SUBMISSION_NOT_SUBMITTABLE", "当前状态不能报送",
                    "该申报" + submission.status.label() + "，不能重复报送");
        }
        SubmissionVersionEntity version = versions.find(id, submission.currentVersion).orElseThrow();
        Instant now = Instant.now();
        submission.status = SubmissionStatus.SUBMITTED;
        submission.updatedAt = now;
        outbox.append(EventTopics.SUBMISSIONS, id.toString(), SubmissionSubmitted.TYPE,
                new SubmissionSubmitted(id, submission.fiscalYear, submission.regionCode, submission.departmentCode,
                        submission.departmentName, version.version, submission.status.name(), now, submittedBy,
                        version.document, List.of()));
        return submission;
    }

    @Transactional
    public Optional<SubmissionEntity> find(UUID id) {
        return submissions.findByIdOptional(id);
    }

    @Transactional
    public Optional<SubmissionVersionEntity> version(UUID id, int version) {
        return versions.find(id, version);
    }

    @Transactional
    public List<SubmissionEntity> list(String regionPrefix, Integer fiscalYear, int page, int size) {
        return submissions.listInRegion(regionPrefix, fiscalYear, page, size);
    }
}
