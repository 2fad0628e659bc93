package com.budgetperf.review.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.review.domain.AuditAction;
import com.budgetperf.review.domain.CaseStatus;
import com.budgetperf.review.domain.ReviewCase;
import com.budgetperf.review.domain.ReviewStage;
import com.budgetperf.review.domain.SubmittedContent;
import com.budgetperf.review.mapping.DocumentReading;
import com.budgetperf.review.mapping.ReviewCaseMapper;
import com.budgetperf.review.messaging.out.ReviewCaseOpened;
import com.budgetperf.review.repository.ReviewCaseEntity;
import com.budgetperf.review.repository.ReviewCaseRepository;

/**
 * Opens a review case for each submitted version, in the transaction that consumes the submission event,
 * and announces it on {@code budget.reviews} through the outbox. The workflow plan (which stages) is decided
 * from the workflow data; a resubmission after a return links to the returned case, which is superseded.
 */
@ApplicationScoped
public class ReviewCaseOpening {

    private static final Logger LOG = Logger.getLogger(ReviewCaseOpening.class);

    static final String SYSTEM = "system";

    private final ReviewCaseRepository repository;
    private final Outbox outbox;
    private final WorkflowDefinitions workflow;
    private final AuditLog audit;
    private final ReviewConfig config;
    private final Clock clock = Clock.systemUTC();

    public ReviewCaseOpening(ReviewCaseRepository repository, Outbox outbox, WorkflowDefinitions workflow,
            AuditLog audit, ReviewConfig config) {
        this.repository = repository;
        this.outbox = outbox;
        this.workflow = workflow;
        this.audit = audit;
        this.config = config;
    }

    /**
     * @return the case opened now, or the one already open for this submission version (a submission
     *         re-announced under a new event id opens no second case)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewCase open(ReviewCase.SubmittedVersion submitted, SubmittedContent content) {
        var existing = repository.findBySubmissionVersion(submitted.submissionId(), submitted.version());
        if (existing.isPresent()) {
            LOG.infof("submission %s version %d already has case %s", submitted.submissionId(), submitted.version(),
                    existing.get().id);
            return ReviewCaseMapper.toDomain(existing.get());
        }
        // PostgreSQL keeps microseconds: the event carries exactly what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ReviewStage> plan = workflow.plan()
                .stagesFor(DocumentReading.facts(submitted.regionCode(), DocumentReading.parse(content.documentJson())));
        ReviewCase opened = ReviewCase.open(UUID.randomUUID(), submitted, plan.get(0), now);

        ReviewCaseEntity entity = ReviewCaseMapper.toEntity(opened);
        entity.stages = plan.stream().map(Enum::name).collect(Collectors.joining(","));
        entity.stageEnteredAt = now;
        entity.dueAt = now.plus(Duration.ofDays(config.dueDays()));
        entity.document = content.documentJson();
        entity.findings = content.findingsJson();
        entity.hasErrors = content.hasErrors();
        entity.qualityScore = content.qualityScore();
        entity.suggestedGrade = content.suggestedGrade();
        entity.lastActionAt = now;

        var previous = repository.latestBefore(submitted.submissionId(), submitted.version())
                .filter(earlier -> earlier.status == CaseStatus.RETURNED);
        previous.ifPresent(returned -> entity.previousCaseId = returned.id);
        repository.persist(entity);
        repository.flush();
        ReviewCase persisted = ReviewCaseMapper.toDomain(entity);

        previous.ifPresent(returned -> {
            long fromVersion = returned.version;
            returned.supersede(now);
            repository.flush();
            audit.append(returned.id, now, SYSTEM, AuditAction.SUPERSEDED, fromVersion,
                    Map.of("byCase", entity.id.toString(), "submissionVersion", String.valueOf(submitted.version())));
        });
        audit.append(entity.id, now, content.submittedBy() == null ? SYSTEM : content.submittedBy(), AuditAction.OPENED, 0,
                Map.of("submissionVersion", String.valueOf(submitted.version()), "stages", entity.stages,
                        "previousCaseId", entity.previousCaseId == null ? "" : entity.previousCaseId.toString()));
        outbox.append(EventTopics.REVIEWS, persisted.submissionId().toString(), ReviewCaseOpened.TYPE,
                ReviewCaseMapper.toOpenedEvent(persisted));
        return persisted;
    }
}
