package com.budgetperf.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Declares the platform's topics, so producers and consumers never depend on broker-side auto-creation (the
 * services' consumers do not auto-create either: {@code allow.auto.create.topics=false}). Existing topics are left
 * as they are.
 * <p>
 * Off the start path: the service starts and answers while a background thread declares the topics, and tries
 * again (1 s, 2 s, 4 s … at most {@code platform.topics.max-retry-interval}) until the broker has them. A broker that
 * is down at start is not fatal: the service starts and stays ready, the readiness check {@code kafka-topics}
 * shows the declaration as pending, and the outbox holds its events until the topics exist
 * ({@link #eventsMayGoOut()}; {@link TopicsDeclared} wakes it then).
 */
@ApplicationScoped
public class TopicDeclaration {

    private static final Logger LOG = Logger.getLogger(TopicDeclaration.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private final TopicsConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Event<TopicsDeclared> declaredEvent;
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean declared;
    private volatile String lastFailure;
    private volatile Thread declaring;

    public TopicDeclaration(TopicsConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            Event<TopicsDeclared> declaredEvent) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.declaredEvent = declaredEvent;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.declareAtStart()) {
            Thread thread = new Thread(this::declareUntilDone, "kafka-topic-declaration");
            thread.setDaemon(true);
            declaring = thread;
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        Thread thread = declaring;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void declareUntilDone() {
        Duration wait = FIRST_RETRY;
        while (!declare()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException stopping) {
                return;
            }
            Duration doubled = wait.multipliedBy(2);
            wait = doubled.compareTo(config.maxRetryInterval()) > 0 ? config.maxRetryInterval() : doubled;
        }
    }

    /**
     * One attempt: creates the configured topics the broker does not have yet.
     *
     * @return whether every configured topic exists now
     */
    public boolean declare() {
        attempts.incrementAndGet();
        Map<String, Object> adminConfig = new HashMap<>();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        int timeoutMs = (int) config.timeout().toMillis();
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        try (AdminClient admin = AdminClient.create(adminConfig)) {
            Set<String> existing = admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = config.declare().stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, config.partitions(), config.replicationFactor())
                            // events are the source of truth for read models: keep them for replay
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(timeoutMs, TimeUnit.MILLISECONDS);
                LOG.infof("declared Kafka topics %s", missing.stream().map(NewTopic::name).toList());
            }
            return done();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) { // another service declared them first: fine
                return done();
            }
            return failed(e.getCause());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return failed(e);
        }
    }

    private boolean done() {
        lastFailure = null;
        if (!declared) {
            declared = true;
            declaredEvent.fire(new TopicsDeclared(config.declare()));
        }
        return true;
    }

    private boolean failed(Throwable cause) {
        lastFailure = cause.toString();
        LOG.warnf("could not declare Kafka topics %s now (attempt %d), trying again: %s", config.declare(),
                attempts.get(), lastFailure);
        return false;
    }

    /** Whether the outbox may publish: the topics were declared here, or declaring them is not this service's job. */
    public boolean eventsMayGoOut() {
        return declared || !config.declareAtStart();
    }

    /** {@code declared}, {@code pending} (still trying) or {@code off} ({@code platform.topics.declare-at-start=false}). */
    public String state() {
        return declared ? "declared" : config.declareAtStart() ? "pending" : "off";
    }

    public int attempts() {
        return attempts.get();
    }

    /** Why the last attempt failed, while the declaration is pending. */
    public String lastFailure() {
        return lastFailure;
    }
}
