package com.budgetperf.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.kafka.TopicDeclaration;
import com.budgetperf.platform.kafka.TopicsDeclared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Relays committed outbox rows to Kafka in commit order, one batch per transaction.
 * <ul>
 * <li><b>Right after the commit.</b> Every committed {@link Outbox#append} wakes the relay ({@link OutboxAppended},
 * observed {@code AFTER_SUCCESS}); one wake-up thread relays, and wake-ups that come while one is queued are folded
 * into it. The poll every {@code platform.outbox.poll-interval} stays as the fallback: for a wake-up lost with a
 * crash, for rows another replica committed, and while the broker is unreachable (then wake-ups are ignored and only
 * the poll retries, as before). Both paths go through the same {@link #relayAll()}, one at a time per relay.</li>
 * <li><b>One active relay per service.</b> Each batch transaction first takes a PostgreSQL transaction-level advisory
 * lock; a replica that does not get it skips its tick. The lock ends with the transaction, so when a replica dies
 * another one takes over at its next tick. With one sender at a time and rows sent in position order, one
 * aggregate's events (one Kafka key) reach the broker in the order they were committed, however many replicas run.</li>
 * <li><b>Broker unreachable</b> (a retriable error or a timeout): the batch stops, the rows stay pending and are
 * retried at the next tick; nothing is parked because of an outage.</li>
 * <li><b>A row the broker refuses for its own sake</b> (too large, invalid topic): the row is tried again at later
 * ticks and parked after {@code platform.outbox.max-attempts} tries; later rows of its key wait behind it (their
 * order is kept), every other key goes on. {@link OutboxParking} lets an administrator retry or skip it.</li>
 * <li><b>Topics not declared yet</b> (just after start, or the broker was down at start): nothing is sent, so no
 * topic is created by the broker's defaults; the rows wait as in an outage and go out when {@link TopicsDeclared}
 * wakes the relay ({@link TopicDeclaration}).</li>
 * </ul>
 * A row is marked published only after the broker acknowledged it (acks=all, idempotent producer).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** {@code hashtext('budget.outbox-relay')} would do as well; a constant keeps the lock visible in pg_locks. */
    static final long RELAY_LOCK = 0x0B0D6E7L;

    /** What one batch transaction did. */
    record Batch(boolean locked, int examined, int sent, boolean brokerUnreachable) {
        boolean more(int batchSize) {
            return locked && !brokerUnreachable && examined == batchSize && sent > 0;
        }
    }

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final TopicDeclaration topics;
    private final Producer<String, String> producer;
    private final Counter relayed;
    private final Counter failures;
    private final Counter parkings;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "outbox-relay-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile boolean brokerUnreachable;

    public OutboxRelay(EntityManager entityManager, OutboxConfig config, TopicDeclaration topics,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.config = config;
        this.topics = topics;
        this.producer = new KafkaProducer<>(producerConfig(kafkaConfig, config), new StringSerializer(),
                new StringSerializer());
        this.relayed = registry.counter("outbox.relayed");
        this.failures = registry.counter("outbox.relay.failures");
        this.parkings = registry.counter("outbox.parkings");
        Gauge.builder("outbox.pending", pending, AtomicLong::get)
                .description("outbox events committed but not yet acknowledged by Kafka (parked ones included)")
                .register(registry);
        Gauge.builder("outbox.parked", parked, AtomicLong::get)
                .description("outbox events parked after repeated refusals, waiting for an administrator")
                .register(registry);
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

    /** After an outbox row was committed: relay now, on the wake-up thread (the committing thread goes on). */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUp();
    }

    /** When the topics were declared: relay what waited for them. */
    void onTopicsDeclared(@Observes TopicsDeclared declared) {
        wakeUp();
    }

    /**
     * Relays soon on the wake-up thread, unless a wake-up is already queued (it will see the new rows too) or the
     * broker was unreachable at the last try (the poll retries).
     */
    public void wakeUp() {
        if (!config.publishAfterCommit() || brokerUnreachable || !wakeUpQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            wakeUps.execute(() -> {
                wakeUpQueued.set(false);
                try {
                    relayAll();
                } catch (RuntimeException e) {
                    LOG.warnf("outbox relay after a commit failed, the poll will retry: %s", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            wakeUpQueued.set(false); // shutting down
        }
    }

    /**
     * Relays until nothing is pending, the broker refuses, or another replica holds the relay; returns how many went
     * out (none while the topics are not declared yet).
     */
    public synchronized int relayAll() {
        if (!topics.eventsMayGoOut()) {
            QuarkusTransaction.requiringNew().run(this::count);
            return 0;
        }
        int total = 0;
        Batch batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += batch.sent();
        } while (batch.more(config.batchSize()));
        if (batch.locked()) {
            brokerUnreachable = batch.brokerUnreachable();
        }
        QuarkusTransaction.requiringNew().run(this::count);
        return total;
    }

    private Batch relayBatch() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Batch(false, 0, 0, false);
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = entityManager.createNativeQuery(
                "select * from outbox_event e where published_at is null and skipped_at is null "
                        + "and not exists (select 1 from outbox_event p where p.parked_at is not null "
                        + "and p.published_at is null and p.skipped_at is null "
                        + "and p.topic = e.topic and p.message_key = e.message_key) "
                        + "order by position limit :limit for update", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        Set<String> held = new HashSet<>();
        int sent = 0;
        for (OutboxEvent row : rows) {
            String key = row.topic + "\u0000" + row.messageKey;
            if (held.contains(key)) {
                continue;
            }
            try {
                producer.send(toRecord(row)).get(config.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                row.published(Instant.now());
                relayed.increment();
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                row.failed(cause);
                failures.increment();
                if (cause instanceof RetriableException || cause instanceof TimeoutException
                        || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                    LOG.warnf("outbox event %s (%s) not relayed to %s yet, broker unreachable, will retry: %s", row.id,
                            row.type, row.topic, cause.toString());
                    return new Batch(true, rows.size(), sent, true);
                }
                held.add(key);
                if (row.attempts >= config.maxAttempts()) {
                    row.park(Instant.now());
                    parkings.increment();
                    LOG.errorf("outbox event %s (%s, key %s) parked after %d refusals; later events of this key wait: %s",
                            row.id, row.type, row.messageKey, row.attempts, cause.toString());
                } else {
                    LOG.warnf("outbox event %s (%s) refused by %s (try %d of %d): %s", row.id, row.type, row.topic,
                            row.attempts, config.maxAttempts(), cause.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Batch(true, rows.size(), sent, true);
            } catch (KafkaException e) {
                row.failed(e);
                failures.increment();
                LOG.warnf("outbox event %s (%s) not handed to the producer, will retry: %s", row.id, row.type, e.toString());
                return new Batch(true, rows.size(), sent, true);
            }
        }
        return new Batch(true, rows.size(), sent, false);
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.messageKey, event.envelope);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void count() {
        Object[] counts = (Object[]) entityManager.createNativeQuery(
                "select count(*), count(parked_at) from outbox_event where published_at is null and skipped_at is null")
                .getSingleResult();
        pending.set(((Number) counts[0]).longValue());
        parked.set(((Number) counts[1]).longValue());
    }

    /** Events committed and not yet on Kafka, as last counted (parked ones included). */
    public long pending() {
        return pending.get();
    }

    /** Events parked, as last counted. */
    public long parked() {
        return parked.get();
    }

    @PreDestroy
    public void close() {
        wakeUps.shutdownNow();
        producer.close(Duration.ofSeconds(5));
    }
}
