package com.budgetperf.submission.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.problem.Problem;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.submission.domain.Regions;
import com.budgetperf.submission.domain.SubmissionKey;
import com.budgetperf.submission.domain.SubmissionStatus;
import com.budgetperf.submission.domain.document.DocumentShape;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.parse.UnderstoodValue;
import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.ReviewResult;
import com.budgetperf.submission.domain.review.Severity;
import com.budgetperf.submission.domain.review.StandardRules;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.messaging.out.SubmissionSubmitted;
import com.budgetperf.submission.messaging.out.SubmissionWithdrawn;
import com.budgetperf.submission.repository.SubmissionEntity;
import com.budgetperf.submission.repository.SubmissionRepository;
import com.budgetperf.submission.repository.SubmissionVersionEntity;
import com.budgetperf.submission.repository.SubmissionVersionRepository;

/**
 * Receives county documents (every accepted post is a new version, machine-reviewed at once; a withdrawn submission
 * is filed again this way, as a draft) and hands submissions in for review. Handing in writes the {@code budget.submission.submitted.v1} event in the same
 * transaction; ERROR findings block it.
 */
@ApplicationScoped
public class SubmissionIntake {

    /** A stored version and its review (a retried Idempotency-Key is answered by the platform's reservation). */
    public record Received(SubmissionEntity submission, SubmissionVersionEntity version) {
    }

    private final SubmissionRepository submissions;
    private final SubmissionVersionRepository versions;
    private final Outbox outbox;
    private final ChangeFeed feed;
    private final CallerRegion callerRegion;
    private final PreReview preReview;
    private final DocumentJson json;

    public SubmissionIntake(SubmissionRepository submissions, SubmissionVersionRepository versions,
            Outbox outbox, CallerRegion callerRegion,
            PreReview preReview, DocumentJson json, ChangeFeed feed) {
        this.feed = feed;
        this.submissions = submissions;
        this.versions = versions;
        this.outbox = outbox;
        this.callerRegion = callerRegion;
        this.preReview = preReview;
        this.json = json;
    }

    /**
     * Whether a document of {@code key} may enter at all: its region must be a county of the province (else 422 at
     * {@code regionField}, e.g. "/regionCode" or "部门整体!D2") and covered by the caller's region (else 403).
     */
    public void admit(SubmissionKey key, String regionField) {
        Regions.problemWithCounty(key.regionCode()).ifPresent(problem -> {
            throw ProblemException.invalid(regionField, problem);
        });
        callerRegion.requireCovers(key.regionCode());
    }

    /** The whole validation and machine review, storing nothing ({@code ?dryRun=true}). */
    public ReviewResult check(SubmissionKey key, TargetDocument document) {
        requireShape(document);
        return preReview.review(document, key.fiscalYear());
    }

    @Transactional
    public Received receive(SubmissionKey key, String departmentName, TargetDocument document, String caller,
            String ifMatch) {
        return receive(key, departmentName, document, caller, ifMatch, Finding.Locator.NONE);
    }

    /**
     * A new version; {@code cells} tells where each finding's path sits in the workbook the document came from (its
     * findings are stored and answered with their {@code location}).
     */
    @Transactional
    public Received receive(SubmissionKey key, String departmentName, TargetDocument document, String caller,
            String ifMatch, Finding.Locator cells) {
        requireShape(document);
        Instant now = Instant.now();
        SubmissionEntity submission = submissions.findForUpdate(key).orElseGet(() -> create(key, departmentName, now));
        requireMatch(submission, ifMatch);
        if (!submission.status.acceptsNewVersion()) {
            throw new ProblemException(409, "SUBMISSION_LOCKED", "当前状态不能修改",
                    "该申报" + submission.status.label() + "，不能再报送新版本；被退回或撤回后可报送新版本");
        }
        PreReview.Reviewed reviewed = preReview.reviewAndNormalise(document, key.fiscalYear());
        ReviewResult review = reviewed.result();
        List<Finding> findings = review.findings().stream().map(finding -> finding.locatedBy(cells)).toList();
        submission.currentVersion++;
        submission.status = submission.status.afterNewVersion();
        submission.departmentName = departmentName;
        submission.updatedAt = now;
        SubmissionVersionEntity version = new SubmissionVersionEntity();
        version.submissionId = submission.id;
        version.version = submission.currentVersion;
        version.document = json.write(reviewed.normalised());
        version.receivedAt = now;
        version.receivedBy = caller;
        version.findings = json.write(findings);
        version.qualityScore = review.qualityScore();
        version.suggestedGrade = review.suggestedGrade();
        version.ruleSetVersion = review.ruleSetVersion();
        version.dimensionScores = json.write(review.dimensionScores());
        version.projectScores = json.write(review.scoreCard().parts());
        versions.persist(version);
        feed.recordNew(new SubmissionChange(UUID.randomUUID(), SubmissionChange.VERSION_RECEIVED, now, submission.id,
                submission.fiscalYear, submission.regionCode, submission.departmentCode, version.version,
                submission.status.name(), caller, version.qualityScore, version.suggestedGrade, findings, null,
                null, null, null));
        return new Received(submission, version);
    }

    private static void requireShape(TargetDocument document) {
        List<DocumentShape.Violation> violations = DocumentShape.violations(document);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(violation -> new Problem.Violation(violation.pointer(), violation.message()))
                    .toList());
        }
    }

    /** {@code If-Match} against lost updates: the caller must have seen the current version and status. */
    private static void requireMatch(SubmissionEntity submission, String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank() && !SubmissionETag.matches(ifMatch, submission)) {
            throw new ProblemException(412, "VERSION_CONFLICT", "申报已被修改",
                    "您读取之后该申报已有新版本或状态变化（当前 " + SubmissionETag.of(submission)
                            + "），请重新读取后再提交");
        }
    }

    /** A submission the caller's region covers, locked, as the caller last saw it ({@code If-Match}). */
    private SubmissionEntity lockForCounty(UUID id, String ifMatch) {
        SubmissionEntity submission = submissions.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("申报 " + id));
        callerRegion.requireCovers(submission.regionCode);
        requireMatch(submission, ifMatch);
        return submission;
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

    /**
     * Hands the current version in for review; only callers whose region covers the submission may, and only
     * when its machine review found no ERROR.
     */
    @Transactional
    public SubmissionEntity submit(UUID id, String submittedBy, String ifMatch) {
        SubmissionEntity submission = lockForCounty(id, ifMatch);
        if (!submission.status.maySubmit()) {
            throw new ProblemException(409, "SUBMISSION_NOT_SUBMITTABLE", "当前状态不能报送",
                    "该申报" + submission.status.label() + "，不能重复报送");
        }
        SubmissionVersionEntity version = versions.find(id, submission.currentVersion).orElseThrow();
        List<Finding> findings = json.findings(version.findings);
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(422, "SUBMISSION_HAS_ERRORS", "机审发现错误，不能报送",
                    "第 " + version.version + " 版有 " + errors.size() + " 个错误，请修改后报送新版本")
                    .withViolations(errors.stream()
                            .map(error -> new Problem.Violation("/document" + error.path(),
                                    "[" + error.ruleCode() + "] " + error.message()))
                            .toList()));
        }
        Instant now = Instant.now();
        submission.status = SubmissionStatus.SUBMITTED;
        submission.updatedAt = now;
        TargetDocument document = json.document(version.document);
        CloudEvent submitted = outbox.append(EventTopics.SUBMISSIONS, id.toString(), SubmissionSubmitted.TYPE,
                new SubmissionSubmitted(id, submission.fiscalYear, submission.regionCode, submission.departmentCode,
                        submission.departmentName, version.version, submission.status.name(), now, submittedBy,
                        version.document, values(document, submission.fiscalYear),
                        findings.stream().map(f -> new SubmissionSubmitted.Finding(f.ruleCode(), f.severity().name(),
                                f.path(), f.message(), f.dimension() == null ? null : f.dimension().name(),
                                StandardRules.title(f.ruleCode()).orElse(null))).toList(),
                        version.qualityScore, version.suggestedGrade, version.ruleSetVersion,
                        version.dimensionScores == null ? null : json.dimensionScores(version.dimensionScores)));
        feed.record(statusChange(submitted, SubmissionChange.SUBMITTED, submission, submittedBy, now));
        return submission;
    }

    /** Takes a submission back; announced so that an open review case is closed. */
    @Transactional
    public SubmissionEntity withdraw(UUID id, String withdrawnBy, String ifMatch) {
        SubmissionEntity submission = lockForCounty(id, ifMatch);
        if (!submission.status.mayWithdraw()) {
            throw new ProblemException(409, "SUBMISSION_NOT_WITHDRAWABLE", "当前状态不能撤回",
                    "该申报" + submission.status.label() + "，不能撤回");
        }
        Instant now = Instant.now();
        submission.status = SubmissionStatus.WITHDRAWN;
        submission.updatedAt = now;
        CloudEvent withdrawn = outbox.append(EventTopics.SUBMISSIONS, id.toString(), SubmissionWithdrawn.TYPE,
                new SubmissionWithdrawn(id, submission.fiscalYear, submission.regionCode, submission.departmentCode,
                        submission.currentVersion, now, withdrawnBy));
        feed.record(statusChange(withdrawn, SubmissionChange.WITHDRAWN, submission, withdrawnBy, now));
        return submission;
    }

    /** A status change on the feed carries the id of the event announcing it on budget.submissions. */
    private static SubmissionChange statusChange(CloudEvent event, String type, SubmissionEntity submission,
            String actor, Instant at) {
        return new SubmissionChange(UUID.fromString(event.id()), type, at, submission.id, submission.fiscalYear,
                submission.regionCode, submission.departmentCode, submission.currentVersion, submission.status.name(),
                actor, null, null, null, null, null, null, null);
    }

    private static List<SubmissionSubmitted.Value> values(TargetDocument document, int fiscalYear) {
        return UnderstoodValue.of(document, fiscalYear).stream()
                .map(understood -> new SubmissionSubmitted.Value(understood.path(), understood.name(),
                        understood.value().raw(), understood.value().kind().name(),
                        understood.value().operator() == null ? null : understood.value().operator().name(),
                        understood.value().number(), understood.value().unit(), understood.value().upper(),
                        understood.value().unitKind() == null ? null : understood.value().unitKind().name(),
                        understood.deadline()))
                .toList();
    }

    @Transactional
    public Optional<SubmissionEntity> find(UUID id) {
        return submissions.findByIdOptional(id);
    }

    @Transactional
    public Optional<SubmissionVersionEntity> version(UUID id, int version) {
        return versions.find(id, version);
    }

    /** Every version of the submission, the newest first. */
    @Transactional
    public List<SubmissionVersionEntity> versions(UUID id) {
        return versions.ofSubmission(id);
    }

    @Transactional
    public List<SubmissionEntity> list(String regionPrefix, Integer fiscalYear, int page, int size) {
        return submissions.listInRegion(regionPrefix, fiscalYear, page, size);
    }
}
