package com.budgetperf.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.events.EventsConfig;

/**
 * Writes an event into the outbox inside the caller's transaction (docs/architecture.md §3): the event exists
 * exactly when the change it describes was committed. {@link OutboxRelay} takes it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final CloudEventCodec codec;
    private final EventsConfig config;
    private final Clock clock;

    public Outbox(EntityManager entityManager, CloudEventCodec codec, EventsConfig config) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param topic     one of {@link com.budgetperf.platform.events.EventTopics}
     * @param aggregateId Kafka key and CloudEvents subject: one aggregate's events stay ordered
     * @param type      CloudEvents type, e.g. {@code budget.submission.submitted.v1}
     * @param data      a full snapshot of the aggregate, serialised with Jackson
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String topic, String aggregateId, String type, Object data) {
        Instant now = clock.instant();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), config.source(), type,
                now.atOffset(ZoneOffset.UTC), aggregateId, "application/json", codec.toTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.id());
        row.topic = topic;
        row.messageKey = aggregateId;
        row.type = type;
        row.envelope = codec.write(event);
        row.createdAt = now;
        entityManager.persist(row);
        return event;
    }
}
