package com.budgetperf.platform.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.kafka.TopicDeclaration;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.outbox.OutboxConfig;
import com.budgetperf.platform.outbox.OutboxRelay;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;

/**
 * Two more relays on the same database as the application's own scheduled one (three "replicas"), small batches,
 * while 300 events of 30 submissions are written interleaved: every submission's events reach the topic exactly
 * once and in the order they were committed.
 */
@QuarkusTest
class OutboxRelayOrderTest {

    private static final int SUBMISSIONS = 30;
    private static final int EVENTS = 300;

    record Step(String submission, int step) {
    }

    @Inject
    EntityManager entityManager;
    @Inject
    Outbox outbox;
    @Inject
    TopicDeclaration topics;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void twoRelaysOnOneDatabaseKeepEverySubmissionsOrder() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OutboxConfig config = Arc.container().select(OutboxConfig.class).get();
        OutboxRelay second = new OutboxRelay(entityManager, config, topics, kafkaConfig, new SimpleMeterRegistry());
        OutboxRelay third = new OutboxRelay(entityManager, config, topics, kafkaConfig, new SimpleMeterRegistry());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> relays = new ArrayList<>();
            for (OutboxRelay relay : List.of(second, third)) {
                relays.add(threads.submit(() -> {
                    int sent = 0;
                    while (true) {
                        boolean last = !writing.get();
                        int now = relay.relayAll();
                        sent += now;
                        if (last && now == 0) {
                            return sent;
                        }
                        Thread.sleep(5);
                    }
                }));
            }
            for (int i = 0; i < EVENTS; i++) {
                Step step = new Step(run + "-s" + (i % SUBMISSIONS), i / SUBMISSIONS);
                QuarkusTransaction.requiringNew().run(() -> outbox.append(EventTopics.SUBMISSIONS, step.submission(),
                        "test.order.step.v1", step));
            }
            writing.set(false);
            int byTestRelays = 0;
            for (Future<Integer> relay : relays) {
                byTestRelays += relay.get();
            }
            assertTrue(byTestRelays > 0, "the test's relays took part");
        } finally {
            threads.shutdownNow();
            second.close();
            third.close();
        }

        List<ConsumerRecord<String, String>> records = TopicRecords.read(EventTopics.SUBMISSIONS,
                record -> record.key() != null && record.key().startsWith(run + "-"), EVENTS, Duration.ofSeconds(60));
        assertEquals(EVENTS, records.size(), "every event published exactly once");
        Map<String, Integer> lastStep = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode data = objectMapper.readTree(record.value()).get("data");
            String submission = data.get("submission").asText();
            int step = data.get("step").asInt();
            assertEquals(record.key(), submission);
            int expected = lastStep.getOrDefault(submission, -1) + 1;
            assertEquals(expected, step, submission + " out of order at " + record.partition() + "@" + record.offset());
            lastStep.put(submission, step);
        }
        assertEquals(SUBMISSIONS, lastStep.size());
        lastStep.values().forEach(last -> assertEquals(EVENTS / SUBMISSIONS - 1, last));
    }
}
