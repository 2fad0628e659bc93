package com.budgetperf.platform.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.problem.ProblemException;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * The dead-letter topics of this service's consumers: their depth (records not yet replayed, gauge
 * {@code consumer.dead.letters}) and their replay through the consumer's own route table. The replay reads the
 * dead-letter topic with its own consumer group ({@code <dead-letter topic>.replay}), so "replayed" is remembered by
 * committed offsets: a replayed or rejected record is not replayed again, and stays in the topic for inspection.
 */
@ApplicationScoped
public class DeadLetters {

    /** One consumed topic and its dead-letter topic. */
    public record Depth(String topic, String deadLetterTopic, long depth) {
    }

    /** What a replay did: applied (or found already applied), rejected for good (malformed), still failing. */
    public record Replay(String deadLetterTopic, int applied, int rejected, int stillFailing, long depthAfter) {
    }

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Instance<RoutedConsumer> consumers;
    private final EventConsumers eventConsumers;
    private final Map<String, Object> kafkaConfig;
    private final Config config;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> depths = new ConcurrentHashMap<>();

    public DeadLetters(Instance<RoutedConsumer> consumers, EventConsumers eventConsumers,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Config config, MeterRegistry registry) {
        this.consumers = consumers;
        this.eventConsumers = eventConsumers;
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.registry = registry;
    }

    /** The dead-letter topic the connector writes for {@code topic}'s channel ({@code <service>.dlq.<topic>}). */
    public String deadLetterTopic(String topic) {
        return config.getOptionalValue("mp.messaging.incoming.\"" + topic + "\".dead-letter-queue.topic", String.class)
                .orElse(config.getValue("quarkus.application.name", String.class) + ".dlq." + topic);
    }

    @Scheduled(every = "${platform.consumers.dead-letter-depth-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshOnSchedule() {
        try {
            depths();
        } catch (KafkaException e) {
            LOG.debugf("dead-letter depth not refreshed: %s", e.toString());
        }
    }

    /** Counts, for every consumed topic, the records in its dead-letter topic not yet replayed; updates the gauges. */
    public List<Depth> depths() {
        List<Depth> result = new ArrayList<>();
        for (EventRoutes routes : allRoutes()) {
            String topic = routes.topic();
            String deadLetterTopic = deadLetterTopic(topic);
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerConfig(deadLetterTopic + ".replay"))) {
                long depth = depth(kafka, deadLetterTopic);
                gauge(topic, deadLetterTopic).set(depth);
                result.add(new Depth(topic, deadLetterTopic, depth));
            }
        }
        return result;
    }

    /**
     * Applies every record of {@code topic}'s dead-letter topic through the consumer's routes, once each, in order.
     * A malformed or untrusted record is rejected for good (skipped); a record that fails again stops the replay
     * there, so it and the ones after it are tried at the next replay.
     *
     * @throws ProblemException 404 when this service does not consume {@code topic}
     */
    public Replay replay(String topic) {
        EventRoutes routes = routes(topic).orElseThrow(() -> ProblemException.notFound("本服务消费的主题 " + topic));
        String deadLetterTopic = deadLetterTopic(topic);
        int applied = 0;
        int rejected = 0;
        int stillFailing = 0;
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerConfig(deadLetterTopic + ".replay"))) {
            List<TopicPartition> partitions = partitions(kafka, deadLetterTopic);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
            kafka.assign(partitions);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata committed = kafka.committed(Set.of(partition)).get(partition);
                if (committed == null) {
                    kafka.seekToBeginning(List.of(partition));
                } else {
                    kafka.seek(partition, committed.offset());
                }
            }
            List<TopicPartition> open = new ArrayList<>(partitions);
            while (open.stream().anyMatch(p -> kafka.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (!open.contains(partition) || record.offset() >= end.get(partition)) {
                        continue;
                    }
                    try {
                        eventConsumers.applyOnce(record, routes);
                        applied++;
                    } catch (MalformedEventException e) {
                        LOG.warnf("dead letter %s rejected for good: %s", EventIntake.where(record), e.getMessage());
                        rejected++;
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "dead letter %s still fails; the replay of its partition stops there",
                                EventIntake.where(record));
                        stillFailing++;
                        open.remove(partition);
                        kafka.pause(List.of(partition));
                        continue;
                    }
                    kafka.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                }
                open.removeIf(p -> kafka.position(p) >= end.get(p));
            }
        }
        long depthAfter = depths().stream().filter(d -> d.topic().equals(topic)).mapToLong(Depth::depth).sum();
        LOG.infof("replayed %s: %d applied, %d rejected, %d still failing, %d left", deadLetterTopic, applied, rejected,
                stillFailing, depthAfter);
        return new Replay(deadLetterTopic, applied, rejected, stillFailing, depthAfter);
    }

    private Optional<EventRoutes> routes(String topic) {
        return allRoutes().stream().filter(r -> r.topic().equals(topic)).findFirst();
    }

    private List<EventRoutes> allRoutes() {
        return consumers.stream().flatMap(consumer -> consumer.routes().stream()).toList();
    }

    private long depth(KafkaConsumer<String, String> kafka, String deadLetterTopic) {
        List<TopicPartition> partitions = partitions(kafka, deadLetterTopic);
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
        Map<TopicPartition, Long> begin = kafka.beginningOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> replayed = kafka.committed(Set.copyOf(partitions));
        long depth = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = replayed.get(partition);
            depth += end.get(partition) - (done != null ? done.offset() : begin.get(partition));
        }
        return depth;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> kafka, String topic) {
        return Optional.ofNullable(kafka.listTopics().get(topic)).orElse(List.of()).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private AtomicLong gauge(String topic, String deadLetterTopic) {
        return depths.computeIfAbsent(deadLetterTopic, name -> {
            AtomicLong depth = new AtomicLong();
            Gauge.builder("consumer.dead.letters", depth, AtomicLong::get)
                    .description("records in a dead-letter topic not yet replayed")
                    .tag("topic", topic).tag("dead_letter_topic", name)
                    .register(registry);
            return depth;
        });
    }

    private Map<String, Object> consumerConfig(String group) {
        Map<String, Object> properties = new HashMap<>(kafkaConfig);
        properties.keySet().removeIf(key -> key.startsWith("health") || key.startsWith("devservices")
                || key.startsWith("snappy"));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, group + "-" + System.nanoTime());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }
}
