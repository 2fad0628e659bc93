package com.budgetperf.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.CloudEvent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Relays committed outbox rows to Kafka in commit order, one batch per transaction. A row is marked
 * published only after the broker acknowledged it (acks=all, idempotent producer); when the broker is
 * unreachable the batch stops at the first failure and is retried on the next tick, so nothing is lost
 * and one aggregate's events never overtake each other.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Producer<String, String> producer;
    private final Counter relayed;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();

    public OutboxRelay(EntityManager entityManager, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.config = config;
        this.producer = new KafkaProducer<>(producerConfig(kafkaConfig, config), new StringSerializer(),
                new StringSerializer());
        this.relayed = registry.counter("outbox.relayed");
        this.failures = registry.counter("outbox.relay.failures");
        Gauge.builder("outbox.pending", pending, AtomicLong::get)
                .description("outbox events committed but not yet acknowledged by Kafka").register(registry);
    }

    private static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, OutboxConfig config) {
        Map<String, Object> producerConfig = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (!key.startsWith("health") && !key.startsWith("devservices") && !key.startsWith("snappy")) {
                producerConfig.put(key, value);
            }
        });
        int timeoutMs = (int) config.sendTimeout().toMillis();
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return producerConfig;
    }

    @Scheduled(every = "${platform.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayOnSchedule() {
        relayAll();
    }

    /** Relays until nothing is pending or the broker refuses; returns how many events went out. */
    public int relayAll() {
        int total = 0;
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += sent;
        } while (sent == config.batchSize());
        pending.set(QuarkusTransaction.requiringNew().call(this::countPending));
        return total;
    }

    private int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                "select * from outbox_event where published_at is null order by position limit :limit "
                        + "for update skip locked", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        int sent = 0;
        for (OutboxEvent event : batch) {
            try {
                producer.send(toRecord(event)).get(config.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                event.published(Instant.now());
                relayed.increment();
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                event.failed(cause);
                failures.increment();
                LOG.warnf("outbox event %s (%s) not relayed to %s yet, will retry: %s", event.id, event.type,
                        event.topic, cause.toString());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return sent;
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.messageKey, event.envelope);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private long countPending() {
        return entityManager.createQuery("select count(e) from OutboxEvent e where e.publishedAt is null", Long.class)
                .getSingleResult();
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
