package com.budgetperf.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.events.EventsConfig;
import com.budgetperf.platform.problem.ProblemException;

/**
 * Writes an event into the outbox inside the caller's transaction (docs/architecture.md §3): the event exists
 * exactly when the change it describes was committed. {@link OutboxRelay} takes it to Kafka right after the commit
 * ({@link OutboxAppended}), or at its next poll if that wake-up is lost.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final CloudEventCodec codec;
    private final EventsConfig config;
    private final OutboxConfig outboxConfig;
    private final Event<OutboxAppended> appended;
    private final Clock clock;

    public Outbox(EntityManager entityManager, CloudEventCodec codec, EventsConfig config, OutboxConfig outboxConfig,
            Event<OutboxAppended> appended) {
        this.entityManager = entityManager;
        this.appended = appended;
        this.codec = codec;
        this.config = config;
        this.outboxConfig = outboxConfig;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param topic     one of {@link com.budgetperf.platform.events.EventTopics}
     * @param aggregateId Kafka key and CloudEvents subject: one aggregate's events stay ordered
     * @param type      CloudEvents type, e.g. {@code budget.submission.submitted.v1}
     * @param data      a full snapshot of the aggregate, serialised with Jackson
     * @throws ProblemException 422 {@code EVENT_TOO_LARGE} when the envelope exceeds {@code platform.outbox.max-event-bytes}:
     *         the broker would refuse it, so the change is refused now instead of blocking the outbox later
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
        int bytes = row.envelope.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > outboxConfig.maxEventBytes()) {
            throw new ProblemException(422, "EVENT_TOO_LARGE", "内容过大，无法发布",
                    "这次变更形成的事件有 " + bytes / 1024 + " KB，超过平台上限 " + outboxConfig.maxEventBytes() / 1024
                            + " KB；请拆分后再提交（例如把项目分成几次申报）");
        }
        row.createdAt = now;
        entityManager.persist(row);
        appended.fire(new OutboxAppended(topic, aggregateId));
        return event;
    }
}
