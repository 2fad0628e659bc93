package com.budgetperf.platform.consumer;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.inbox.ProcessedEvents;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What every consumer does with one record, inside the caller's transaction: read the envelope, check that it
 * comes from the topic's owner, apply it once (the inbox mark is written in the same transaction), and let the
 * route table's observer see it. Shared by the live channels ({@link EventConsumers}), the dead-letter replay
 * ({@link DeadLetters}) and read-model rebuilds.
 *
 * @throws MalformedEventException for an unreadable message or one from another source: it can never succeed
 */
@ApplicationScoped
public class EventIntake {

    /** What became of a record. */
    public enum Outcome {
        APPLIED, DUPLICATE, SKIPPED
    }

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final CloudEventCodec codec;
    private final ProcessedEvents processedEvents;
    private final MeterRegistry registry;

    public EventIntake(CloudEventCodec codec, ProcessedEvents processedEvents, MeterRegistry registry) {
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.registry = registry;
    }

    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = MalformedEventException.class)
    public Outcome accept(ConsumerRecord<String, String> record, EventRoutes routes) {
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedEventException("empty message at " + where(record));
        }
        CloudEvent event = codec.read(record.value());
        if (!routes.ownerSource().equals(event.source())) {
            throw new UntrustedEventException(event.type() + " " + event.id() + " at " + where(record) + " comes from "
                    + event.source() + "; " + routes.topic() + " is accepted only from " + routes.ownerSource());
        }
        EventRoutes.Route<?> route = routes.route(event.type());
        Outcome outcome;
        if (route == null) {
            LOG.debugf("passing over %s %s at %s: not consumed by %s", event.type(), event.id(), where(record),
                    routes.consumer());
            outcome = Outcome.SKIPPED;
        } else if (!processedEvents.firstDelivery(routes.consumer(), event)) {
            LOG.debugf("skipping %s %s at %s: already applied", event.type(), event.id(), where(record));
            outcome = Outcome.DUPLICATE;
        } else {
            apply(event, route);
            outcome = Outcome.APPLIED;
        }
        routes.observer().seen(record, event);
        registry.counter("consumer.events", "consumer", routes.consumer(), "topic", routes.topic(),
                "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        return outcome;
    }

    private <T> void apply(CloudEvent event, EventRoutes.Route<T> route) {
        if (event.data() == null || event.data().isNull()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " carries no data");
        }
        route.handler().apply(codec.data(event, route.schema()), event);
    }

    static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
