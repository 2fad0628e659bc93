package com.budgetperf.report.messaging;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.inbox.ProcessedEvents;
import com.budgetperf.report.repository.ReadModelWriter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * What every consumer of this service does with a record, inside the consumer's transaction: read the
 * envelope, apply it once (inbox), and move the topic partition's projection position forward, so that
 * reports can say up to which event they include. Event types a consumer has no route for are skipped (a
 * topic carries an aggregate's whole life); unreadable records throw and go to the dead-letter topic.
 */
@Startup
@ApplicationScoped
public class EventIntake {

    /** The consumer name under which processed event ids are remembered. */
    public static final String CONSUMER = "report-service";

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    /** How one event type is read and applied. */
    public record Route<T>(Class<T> schema, Consumer<T> apply) {
    }

    enum Outcome {
        APPLIED, DUPLICATE, SKIPPED
    }

    private final CloudEventCodec codec;
    private final ProcessedEvents processedEvents;
    private final ReadModelWriter writer;
    private final Map<String, Map<Outcome, Counter>> counters = new HashMap<>();

    public EventIntake(CloudEventCodec codec, ProcessedEvents processedEvents, ReadModelWriter writer,
            MeterRegistry registry) {
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.writer = writer;
        for (String topic : List.of(EventTopics.SUBMISSIONS, EventTopics.REVIEWS)) {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("report.events")
                        .description("events read by the report projection, by topic and outcome")
                        .tag("topic", topic)
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
            counters.put(topic, byOutcome);
        }
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public void accept(ConsumerRecord<String, String> record, Map<String, Route<?>> routes) {
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedEventException("empty message at " + where(record));
        }
        CloudEvent event = codec.read(record.value());
        Route<?> route = routes.get(event.type());
        Outcome outcome;
        if (route == null) {
            LOG.debugf("skipping %s %s at %s: not projected", event.type(), event.id(), where(record));
            outcome = Outcome.SKIPPED;
        } else if (!processedEvents.firstDelivery(CONSUMER, event)) {
            LOG.debugf("skipping %s %s at %s: already projected", event.type(), event.id(), where(record));
            outcome = Outcome.DUPLICATE;
        } else {
            apply(event, route);
            outcome = Outcome.APPLIED;
        }
        Instant eventTime = event.time() != null ? event.time().toInstant() : Instant.ofEpochMilli(record.timestamp());
        writer.advancePosition(record.topic(), record.partition(), record.offset(), eventTime);
        Map<Outcome, Counter> byOutcome = counters.get(record.topic());
        if (byOutcome != null) {
            byOutcome.get(outcome).increment();
        }
    }

    private <T> void apply(CloudEvent event, Route<T> route) {
        if (event.data() == null || event.data().isNull()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " carries no data");
        }
        route.apply().accept(codec.data(event, route.schema()));
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
