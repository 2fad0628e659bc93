package com.budgetperf.review.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.review.domain.ReviewCase;
import com.budgetperf.review.mapping.ReviewCaseMapper;
import com.budgetperf.review.messaging.ReviewCaseOpened;
import com.budgetperf.review.repository.ReviewCaseRepository;

/**
 * Opens a review case for each submitted version, in the transaction that consumes the submission event,
 * and announces it on {@code budget.reviews} through the outbox.
 */
@ApplicationScoped
public class ReviewCaseOpening {

    private static final Logger LOG = Logger.getLogger(ReviewCaseOpening.class);

    private final ReviewCaseRepository repository;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public ReviewCaseOpening(ReviewCaseRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /**
     * @return the case opened now, or the one already open for this submission version (a submission
     *         re-announced under a new event id opens no second case)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewCase open(ReviewCase.SubmittedVersion submitted) {
        var existing = repository.findBySubmissionVersion(submitted.submissionId(), submitted.version());
        if (existing.isPresent()) {
            LOG.infof("submission %s version %d already has case %s", submitted.submissionId(), submitted.version(),
                    existing.get().id);
            return ReviewCaseMapper.toDomain(existing.get());
        }
        // PostgreSQL keeps microseconds: the event carries exactly what is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ReviewCase opened = ReviewCase.open(UUID.randomUUID(), submitted, now);
        repository.persist(ReviewCaseMapper.toEntity(opened));
        outbox.append(EventTopics.REVIEWS, opened.submissionId().toString(), ReviewCaseOpened.TYPE,
                ReviewCaseMapper.toOpenedEvent(opened));
        return opened;
    }
}
