package com.budgetperf.platform.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the relay's poll ten minutes apart, a committed event still reaches the broker within a second or two: the
 * commit wakes the relay. Events of one aggregate keep their commit order on the topic, and a rolled-back event is
 * never published.
 */
@QuarkusTest
@TestProfile(OutboxWakeUpTest.LongPoll.class)
class OutboxWakeUpTest {

    public static class LongPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.outbox.poll-interval", "10m");
        }
    }

    private static final int KEYS = 5;
    private static final int EVENTS = 40;

    record Step(String submission, int step) {
    }

    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void aCommittedEventIsPublishedWellUnderThePollIntervalAndInOrder() throws Exception {
        Thread.sleep(2_000); // past the poll's first run after the start; the next one is ten minutes away
        String run = "wake-" + UUID.randomUUID().toString().substring(0, 8);
        long[] millis = new long[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            Step step = new Step(run + "-s" + (i % KEYS), i / KEYS);
            CloudEvent event = QuarkusTransaction.requiringNew().call(() -> outbox.append(EventTopics.SUBMISSIONS,
                    step.submission(), "test.wake.step.v1", step));
            Instant committed = Instant.now();
            millis[i] = Duration.between(committed, publishedAt(UUID.fromString(event.id()), committed.plusSeconds(10)))
                    .toMillis();
        }
        String rolledBack = run + "-rolled-back";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.append(EventTopics.SUBMISSIONS, rolledBack, "test.wake.step.v1", new Step(rolledBack, 0));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        Arrays.sort(millis);
        System.out.printf("outbox wake-up: commit → broker acknowledgement p50 %d ms, max %d ms (poll every 10 min)%n",
                millis[EVENTS / 2], millis[EVENTS - 1]);
        assertTrue(millis[EVENTS - 1] < 3_000, "published within 3 s, not at the next poll: " + Arrays.toString(millis));

        List<ConsumerRecord<String, String>> records = TopicRecords.read(EventTopics.SUBMISSIONS,
                record -> record.key() != null && record.key().startsWith(run + "-"), EVENTS + 1, Duration.ofSeconds(15));
        assertEquals(EVENTS, records.size(), "every committed event once, the rolled-back one never");
        Map<String, Integer> lastStep = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode data = objectMapper.readTree(record.value()).get("data");
            int expected = lastStep.getOrDefault(record.key(), -1) + 1;
            assertEquals(expected, data.get("step").asInt(), record.key() + " out of order");
            lastStep.put(record.key(), expected);
            keys.add(record.key());
        }
        assertEquals(KEYS, lastStep.size());
        assertTrue(!keys.contains(rolledBack));
    }

    /** When the broker acknowledged the event, polled in the database every 5 ms; fails after {@code deadline}. */
    private Instant publishedAt(UUID id, Instant deadline) throws InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            long published = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select count(*) from outbox_event where id = ?1 and published_at is not null")
                    .setParameter(1, id).getSingleResult()).longValue());
            if (published == 1) {
                return Instant.now();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("event " + id + " not published within 10 s");
    }
}
