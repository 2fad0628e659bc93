package com.budgetperf.platform.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Declares the platform's topics at start, so producers and consumers never depend on broker-side
 * auto-creation. Existing topics are left as they are. A broker that is down at start is not fatal:
 * the service starts and stays ready, and the outbox holds its events until the broker is back.
 */
@ApplicationScoped
public class TopicDeclaration {

    private static final Logger LOG = Logger.getLogger(TopicDeclaration.class);

    private final TopicsConfig config;
    private final Map<String, Object> kafkaConfig;

    public TopicDeclaration(TopicsConfig config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.declareAtStart()) {
            declare();
        }
    }

    public void declare() {
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
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) { // another service declared them first: fine
                LOG.warnf("could not declare Kafka topics %s now: %s", config.declare(), e.getCause().toString());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf("could not declare Kafka topics %s now: %s", config.declare(), e.toString());
        }
    }
}
