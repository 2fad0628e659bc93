package com.budgetperf.report.messaging.in;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import com.budgetperf.platform.consumer.EventIntake;
import com.budgetperf.platform.consumer.EventRoutes;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.report.config.ReportConfig;
import com.budgetperf.report.repository.CubeRollups;
import com.budgetperf.report.repository.ReadModelWriter;
import com.budgetperf.report.repository.SubmissionCube;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Rebuilds the read model from the topics: in one transaction it takes the read model's write locks, empties it
 * (facts, dimensions, positions and this service's inbox marks), reads
 * {@code budget.submissions} and {@code budget.reviews} from the beginning with its own plain consumer (assigned
 * partitions, no consumer group, so the live group's offsets stay as they are) up to the end offsets taken once
 * the locks are held, and applies every record through {@link EventIntake} and the live consumers' routes — the
 * same projection code. Reports read the old figures until the rebuild commits; the live consumers wait for it
 * and then find the events it replayed already marked as processed. The cube rollups are not kept event by event
 * during the replay but recomputed from the replayed facts before the transaction commits.
 */
@ApplicationScoped
public class ReadModelRebuild {

    /** What a rebuild did; {@code rejected} names the events left out (at most 100) and why. */
    public record Result(long eventsReplayed, long eventsRejected, Instant includesEventsUpTo, List<Rejected> rejected) {
    }

    /** An event the rebuild left out, where it is and why. */
    public record Rejected(String position, String reason) {
    }

    private static final int REPORTED_REJECTIONS = 100;

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final List<String> TOPICS = List.of(EventTopics.SUBMISSIONS, EventTopics.REVIEWS);
    private static final Duration POLL = Duration.ofMillis(500);

    private final EventIntake intake;
    private final ProjectionConsumers consumers;
    private final RebuildGate gate;
    private final ReadModelWriter writer;
    private final SubmissionCube positions;
    private final CubeRollups rollups;
    private final ReportConfig config;
    private final Map<String, Object> kafkaConfig;
    private final AtomicBoolean running = new AtomicBoolean();

    public ReadModelRebuild(EventIntake intake, ProjectionConsumers consumers, RebuildGate gate, ReadModelWriter writer,
            SubmissionCube positions, CubeRollups rollups, ReportConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.intake = intake;
        this.consumers = consumers;
        this.gate = gate;
        this.writer = writer;
        this.positions = positions;
        this.rollups = rollups;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.rebuildOnStart()) {
            Result result = rebuild();
            LOG.infof("read model rebuilt at start: %d events replayed, %d rejected", result.eventsReplayed(),
                    result.eventsRejected());
        }
    }

    /** @throws ProblemException 409 when a rebuild is already running */
    public Result rebuild() {
        if (!running.compareAndSet(false, true)) {
            throw new ProblemException(409, "REBUILD_RUNNING", "正在重建", "读模型正在重建，请稍后再试");
        }
        try {
            gate.close();
            List<Rejected> rejected = new ArrayList<>();
            long[] counts;
            try {
                counts = QuarkusTransaction.requiringNew()
                        .timeout((int) Math.max(1, config.rebuildTimeout().toSeconds()))
                        .call(() -> replayAll(rejected));
            } finally {
                gate.open();
            }
            Instant upTo = QuarkusTransaction.requiringNew().call(() -> older(
                    positions.includesEventsUpTo(EventTopics.SUBMISSIONS), positions.includesEventsUpTo(EventTopics.REVIEWS)));
            return new Result(counts[0], counts[1], upTo, List.copyOf(rejected));
        } finally {
            running.set(false);
        }
    }

    private long[] replayAll(List<Rejected> rejections) {
        rejections.clear();
        writer.emptyForRebuild(ProjectionConsumers.CONSUMER);
        rollups.deferToRecompute();
        long replayed = 0;
        long rejected = 0;
        long started = System.nanoTime();
        long polling = 0;
        long applying = 0;
        Instant deadline = Instant.now().plus(config.rebuildTimeout());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            for (String topic : TOPICS) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                EventRoutes routes = consumers.routes(topic);
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("rebuild took longer than " + config.rebuildTimeout());
                    }
                    long polled = System.nanoTime();
                    ConsumerRecords<String, String> records = consumer.poll(POLL);
                    long applied = System.nanoTime();
                    polling += applied - polled;
                    for (ConsumerRecord<String, String> record : records) {
                        if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue;
                        }
                        Optional<String> reason = apply(record, routes);
                        if (reason.isEmpty()) {
                            replayed++;
                        } else {
                            rejected++;
                            if (rejections.size() < REPORTED_REJECTIONS) {
                                rejections.add(new Rejected(record.topic() + "-" + record.partition() + "@"
                                        + record.offset(), reason.get()));
                            }
                        }
                    }
                    applying += System.nanoTime() - applied;
                }
            }
        }
        long recomputing = System.nanoTime();
        rollups.recompute();
        long done = System.nanoTime();
        LOG.infof("read model rebuilt from %s: %d events replayed, %d rejected in %d ms (reading the topics %d ms, "
                + "applying the events %d ms, recomputing the rollups %d ms)", TOPICS, replayed, rejected,
                (done - started) / 1_000_000, polling / 1_000_000, applying / 1_000_000, (done - recomputing) / 1_000_000);
        return new long[] {replayed, rejected};
    }

    /**
     * One record, as the live consumer applies it; an unreadable or unstorable one (which the live consumer sent to
     * the dead-letter topic) is undone to a savepoint and left out, as it was left out of the live read model.
     *
     * @return why the record was left out, empty when it was applied
     */
    private Optional<String> apply(ConsumerRecord<String, String> record, EventRoutes routes) {
        writer.savepoint();
        try {
            intake.accept(record, routes);
            writer.releaseSavepoint();
            return Optional.empty();
        } catch (MalformedEventException e) {
            writer.rollbackToSavepoint();
            LOG.warnf("rebuild leaves out %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> properties = new HashMap<>(kafkaConfig);
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "report-service-rebuild");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return properties;
    }

    /** As every cube answer says it: the older of the newest submission and review events, null before any submission. */
    private static Instant older(Instant submissions, Instant reviews) {
        if (submissions == null || reviews == null) {
            return submissions;
        }
        return submissions.isBefore(reviews) ? submissions : reviews;
    }
}
