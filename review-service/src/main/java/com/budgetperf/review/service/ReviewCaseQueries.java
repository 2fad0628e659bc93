package com.budgetperf.review.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.RegionNotCoveredException;
import com.budgetperf.review.domain.AllowedActions;
import com.budgetperf.review.domain.AuditChain;
import com.budgetperf.review.domain.AuditRecord;
import com.budgetperf.review.domain.DocumentChanges;
import com.budgetperf.review.domain.WorkflowPlan;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.repository.CaseFilter;
import com.budgetperf.review.repository.ProjectVerdictRepository;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.CommentReplyRepository;
import com.budgetperf.review.repository.ReviewCaseRepository;
import com.budgetperf.review.repository.ReviewCommentRepository;

/** Reads review cases for reviewers, within the caller's region. */
@ApplicationScoped
public class ReviewCaseQueries {

    private final ReviewCaseRepository repository;
    private final ReviewCommentRepository comments;
    private final CommentReplyRepository replies;
    private final ProjectVerdictRepository verdicts;
    private final WorkflowDefinitions workflow;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    public ReviewCaseQueries(ReviewCaseRepository repository, ReviewCommentRepository comments,
            CommentReplyRepository replies, ProjectVerdictRepository verdicts, WorkflowDefinitions workflow,
            AuditLog audit) {
        this.repository = repository;
        this.comments = comments;
        this.replies = replies;
        this.verdicts = verdicts;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** What changed between the returned version and this resubmitted one. */
    public record Changes(UUID caseId, int submissionVersion, UUID previousCaseId, Integer previousVersion,
            List<DocumentChanges.Change> changes) {
    }

    @Transactional
    public CaseView view(UUID id, AllowedActions.Caller caller) {
        ReviewCaseEntity entity = covered(id, caller);
        return CaseViews.of(entity, workflow.plan(), caller, clock.instant(), comments.ofCase(entity.id),
                replies.ofCase(entity.id), verdicts.ofCase(entity.id));
    }

    /** The answer to an action on {@code entity}: the case as {@code caller} sees it right after. */
    CaseView viewAfterAction(ReviewCaseEntity entity, WorkflowPlan plan, AllowedActions.Caller caller, Instant now) {
        return CaseViews.of(entity, plan, caller, now, comments.ofCase(entity.id), replies.ofCase(entity.id),
                verdicts.ofCase(entity.id));
    }

    @Transactional
    public List<CaseView> search(CaseFilter filter, AllowedActions.Caller caller) {
        WorkflowPlan plan = workflow.plan();
        Instant now = clock.instant();
        return repository.search(filter).stream().map(entity -> CaseViews.summary(entity, plan, caller, now)).toList();
    }

    @Transactional
    public Changes changes(UUID id, AllowedActions.Caller caller) {
        ReviewCaseEntity entity = covered(id, caller);
        if (entity.previousCaseId == null) {
            return new Changes(entity.id, entity.submissionVersion, null, null, List.of());
        }
        ReviewCaseEntity previous = repository.findById(entity.previousCaseId);
        return new Changes(entity.id, entity.submissionVersion, previous.id, previous.submissionVersion,
                DocumentChanges.between(DocumentReading.changesModel(DocumentReading.parse(previous.document)),
                        DocumentReading.changesModel(DocumentReading.parse(entity.document))));
    }

    @Transactional
    public List<AuditRecord> audit(UUID id, AllowedActions.Caller caller) {
        covered(id, caller);
        return audit.entries(id);
    }

    @Transactional
    public AuditChain.Verification verifyAudit(UUID id, AllowedActions.Caller caller) {
        covered(id, caller);
        return audit.verify(id);
    }

    private ReviewCaseEntity covered(UUID id, AllowedActions.Caller caller) {
        ReviewCaseEntity entity = repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("审核案件 " + id));
        if (!AllowedActions.covers(caller, entity.regionCode)) {
            throw new RegionNotCoveredException(entity.regionCode);
        }
        return entity;
    }
}
