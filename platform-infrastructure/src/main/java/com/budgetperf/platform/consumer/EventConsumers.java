package com.budgetperf.platform.consumer;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.MalformedEventException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.Guard;

/**
 * The live path of every consumer. Each try applies the record in a new transaction (with a short lock timeout);
 * a try that fails (a lock held by a reviewer, a lost connection, a deadlock) is retried with exponential backoff,
 * outside any transaction, before the record is given up and the connector sends it to the dead-letter topic. A
 * malformed or untrusted record goes there at once: retrying cannot help it.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final EventIntake intake;
    private final EntityManager entityManager;
    private final ConsumersConfig config;
    private final Guard retries;
    private final MeterRegistry registry;

    public EventConsumers(EventIntake intake, EntityManager entityManager, ConsumersConfig config, MeterRegistry registry) {
        this.intake = intake;
        this.entityManager = entityManager;
        this.config = config;
        this.registry = registry;
        this.retries = Guard.create()
                .withDescription("event consumers")
                .withRetry()
                .maxRetries(config.maxRetries())
                .delay(config.initialDelay().toMillis(), ChronoUnit.MILLIS)
                .maxDuration(10, ChronoUnit.MINUTES)
                .jitter(0, ChronoUnit.MILLIS)
                .abortOn(MalformedEventException.class)
                .beforeRetry(failure -> LOG.warnf("event consumer retries after: %s", String.valueOf(failure)))
                .withExponentialBackoff().factor(2).maxDelay(config.maxDelay().toMillis(), ChronoUnit.MILLIS).done()
                .done()
                .build();
    }

    /**
     * Applies {@code record} through {@code routes}, retrying transient failures; call it from the
     * {@code @Incoming @Blocking} method of a {@link RoutedConsumer}, which must not open a transaction itself.
     *
     * @throws RuntimeException the last failure, when every try failed or the record is malformed: the connector
     *         sends the record to the dead-letter topic
     */
    public EventIntake.Outcome consume(ConsumerRecord<String, String> record, EventRoutes routes) {
        int[] tries = {0};
        try {
            return retries.get(() -> {
                if (tries[0]++ > 0) {
                    registry.counter("consumer.retries", "topic", routes.topic()).increment();
                }
                return applyOnce(record, routes);
            }, EventIntake.Outcome.class);
        } catch (MalformedEventException e) {
            LOG.warnf("dead-lettering %s at once: %s", EventIntake.where(record), e.getMessage());
            registry.counter("consumer.dead.lettered", "topic", routes.topic(), "reason", "malformed").increment();
            throw e;
        } catch (RuntimeException e) {
            LOG.errorf(e, "dead-lettering %s after %d tries", EventIntake.where(record), tries[0]);
            registry.counter("consumer.dead.lettered", "topic", routes.topic(), "reason", "failed").increment();
            throw e;
        }
    }

    /** One try in its own transaction: used by the live path and by the dead-letter replay. */
    EventIntake.Outcome applyOnce(ConsumerRecord<String, String> record, EventRoutes routes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                    .setParameter(1, config.lockTimeout().toMillis() + "ms")
                    .getSingleResult();
            return intake.accept(record, routes);
        });
    }
}
