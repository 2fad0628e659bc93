package com.budgetperf.report.messaging.in;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.budgetperf.platform.consumer.EventConsumers;
import com.budgetperf.platform.consumer.EventRoutes;
import com.budgetperf.platform.consumer.RoutedConsumer;
import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.report.projection.ReadModelProjector;
import com.budgetperf.report.projection.ReviewOutcome;
import com.budgetperf.report.repository.AuditCheckpointArchive;
import com.budgetperf.report.repository.ReadModelWriter;

import io.smallrye.common.annotation.Blocking;

/**
 * The three topics report-service projects, as route tables of the platform's consumer skeleton. Each record is
 * applied in its own transaction together with its inbox mark and the partition position (so that reports can say
 * up to which event they include); each channel processes its records in order, and waits while a rebuild runs
 * ({@link RebuildGate}). The rebuild and the dead-letter replay use the same route tables.
 */
@ApplicationScoped
public class ProjectionConsumers implements RoutedConsumer {

    /** The consumer name under which processed event ids are remembered. */
    public static final String CONSUMER = "report-service";

    private final EventConsumers consumers;
    private final RebuildGate gate;
    private final EventRoutes submissionRoutes;
    private final EventRoutes reviewRoutes;

    public ProjectionConsumers(EventConsumers consumers, RebuildGate gate, ReadModelProjector projector,
            ReadModelWriter writer, AuditCheckpointArchive auditCheckpoints) {
        this.consumers = consumers;
        this.gate = gate;
        EventRoutes.RecordObserver position = (record, event) -> writer.advancePosition(record.topic(),
                record.partition(), record.offset(), eventTime(record, event));
        this.submissionRoutes = EventRoutes.of(EventTopics.SUBMISSIONS, CONSUMER)
                .on(SubmissionSubmitted.TYPE, SubmissionSubmitted.class, projector::submissionSubmitted)
                .on(SubmissionWithdrawn.TYPE, SubmissionWithdrawn.class, projector::submissionWithdrawn)
                .afterEachRecord(position);
        this.reviewRoutes = EventRoutes.of(EventTopics.REVIEWS, CONSUMER)
                .on(ReviewCaseOpened.TYPE, ReviewCaseOpened.class, projector::reviewCaseOpened)
                .on(ReviewStageEntered.TYPE, ReviewStageEntered.class, projector::reviewStageEntered)
                .on(ReviewDecided.RETURNED, ReviewDecided.class,
                        event -> projector.reviewDecided(ReviewOutcome.Kind.RETURNED, event))
                .on(ReviewDecided.APPROVED, ReviewDecided.class,
                        event -> projector.reviewDecided(ReviewOutcome.Kind.APPROVED, event))
                .on(ReviewDecided.REJECTED, ReviewDecided.class,
                        event -> projector.reviewDecided(ReviewOutcome.Kind.REJECTED, event))
                .on(ReviewCaseClosed.TYPE, ReviewCaseClosed.class, projector::reviewCaseClosed)
                .on(ReviewAuditCheckpoint.TYPE, ReviewAuditCheckpoint.class, auditCheckpoints::keep)
                .afterEachRecord(position);
    }

    @Override
    public List<EventRoutes> routes() {
        return List.of(submissionRoutes, reviewRoutes);
    }

    /** The routes of a topic's consumer, for the rebuild (the same projection code as the live channels). */
    public EventRoutes routes(String topic) {
        return routes().stream().filter(routes -> routes.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not projected here: " + topic));
    }

    /** Every submitted version updates the submission fact (latest version wins); a withdrawal takes it out. */
    @Incoming(EventTopics.SUBMISSIONS)
    @Blocking
    public void submissions(ConsumerRecord<String, String> record) {
        gate.awaitOpen();
        consumers.consume(record, submissionRoutes);
    }

    /** Every review event moves the submission's review status. */
    @Incoming(EventTopics.REVIEWS)
    @Blocking
    public void reviews(ConsumerRecord<String, String> record) {
        gate.awaitOpen();
        consumers.consume(record, reviewRoutes);
    }

    private static Instant eventTime(ConsumerRecord<String, String> record, CloudEvent event) {
        return event.time() != null ? event.time().toInstant() : Instant.ofEpochMilli(record.timestamp());
    }
}
