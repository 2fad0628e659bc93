package com.budgetperf.report.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.report.projection.ReadModelProjector;
import com.budgetperf.report.projection.ReviewOutcome;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * The three topics report-service projects (docs/architecture.md §2). Each record is applied in its own transaction
 * together with its inbox mark and the partition position; each channel processes its records in order.
 */
@ApplicationScoped
public class ProjectionConsumers {

    private final EventIntake intake;
    private final Map<String, EventIntake.Route<?>> submissionRoutes;
    private final Map<String, EventIntake.Route<?>> reviewRoutes;

    public ProjectionConsumers(EventIntake intake, ReadModelProjector projector) {
        this.intake = intake;
        this.submissionRoutes = Map.of(SubmissionSubmitted.TYPE,
                new EventIntake.Route<>(SubmissionSubmitted.class, projector::submissionSubmitted));
        this.reviewRoutes = Map.of(
                ReviewCaseOpened.TYPE, new EventIntake.Route<>(ReviewCaseOpened.class, projector::reviewCaseOpened),
                ReviewStageEntered.TYPE, new EventIntake.Route<>(ReviewStageEntered.class, projector::reviewStageEntered),
                ReviewDecided.RETURNED, new EventIntake.Route<>(ReviewDecided.class,
                        event -> projector.reviewDecided(ReviewOutcome.Kind.RETURNED, event)),
                ReviewDecided.APPROVED, new EventIntake.Route<>(ReviewDecided.class,
                        event -> projector.reviewDecided(ReviewOutcome.Kind.APPROVED, event)),
                ReviewDecided.REJECTED, new EventIntake.Route<>(ReviewDecided.class,
                        event -> projector.reviewDecided(ReviewOutcome.Kind.REJECTED, event)));
    }

    /** The routes of a topic's consumer, for the rebuild (the same projection code as the live channels). */
    public Map<String, EventIntake.Route<?>> routes(String topic) {
        return switch (topic) {
            case EventTopics.SUBMISSIONS -> submissionRoutes;
            case EventTopics.REVIEWS -> reviewRoutes;
            default -> throw new IllegalArgumentException("not projected here: " + topic);
        };
    }

    /** Every submitted version updates the submission fact (latest version wins). */
    @Incoming(EventTopics.SUBMISSIONS)
    @Blocking
    @Transactional
    public void submissions(ConsumerRecord<String, String> record) {
        intake.accept(record, submissionRoutes);
    }

    /** Every review event moves the submission's review status. */
    @Incoming(EventTopics.REVIEWS)
    @Blocking
    @Transactional
    public void reviews(ConsumerRecord<String, String> record) {
        intake.accept(record, reviewRoutes);
    }
}
