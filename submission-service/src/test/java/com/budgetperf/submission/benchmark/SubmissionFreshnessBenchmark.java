package com.budgetperf.submission.benchmark;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.testing.SharedKafka;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Freshness: from the answer to {@code POST /api/v1/submissions/{id}/submit} until a consumer of
 * {@code budget.submissions} (a plain Kafka consumer in this harness, as report-service reads it) has the
 * {@code submitted} event, with submits at a steady {@code bench.rate} per second (default 50) over seed-001 documents
 * posted beforehand. The relay's poll interval is the service's (1 s). Not a test and not run by {@code ./mvnw verify}:
 * <pre>./mvnw -B -o -q -pl submission-service -am test -Dtest=SubmissionFreshnessBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.submits=300] [-Dbench.rate=50] [-Dplatform.outbox.publish-after-commit=false (the poll only, for comparison)]</pre>
 */
@QuarkusTest
class SubmissionFreshnessBenchmark {

    static final int SUBMITS = Integer.getInteger("bench.submits", 300);
    static final int RATE = Integer.getInteger("bench.rate", 50);

    @Inject
    ObjectMapper objectMapper;

    @Test
    void submitAnswerToEventConsumed() throws Exception {
        ObjectNode seed = (ObjectNode) objectMapper.readTree(Files.readString(SubmissionIntakeBenchmark.SEED));
        String token = TestTokens.user("bench").roles("submitter").region("130607").lifetimeMinutes(60).sign();
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> ids = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<String>> posted = new ArrayList<>();
        for (int i = 0; i < SUBMITS + 20; i++) {
            String body = seed.deepCopy().put("departmentCode", "F" + run + i).toString();
            posted.add(clients.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id")));
        }
        for (Future<String> id : posted) {
            ids.add(id.get());
        }

        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Long> consumed = new ConcurrentHashMap<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread consumer = new Thread(() -> consume(consumed, consuming, assigned), "freshness-consumer");
        consumer.start();
        assigned.await(30, TimeUnit.SECONDS);

        // 20 submits to warm up, then SUBMITS at RATE per second
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(4);
        List<Future<?>> submits = new ArrayList<>();
        long period = 1_000_000_000L / RATE;
        long start = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            submits.add(pacer.schedule(() -> {
                given().auth().oauth2(token).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
                answered.put(id, System.nanoTime());
            }, i * period, TimeUnit.NANOSECONDS));
        }
        for (Future<?> submit : submits) {
            submit.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!consumed.keySet().containsAll(ids) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        consuming.set(false);
        consumer.join();
        pacer.shutdown();
        clients.shutdown();

        long[] millis = ids.subList(20, ids.size()).stream()
                .mapToLong(id -> consumed.containsKey(id) ? (consumed.get(id) - answered.get(id)) / 1_000_000 : 60_000)
                .sorted().toArray();
        System.out.printf("%nBENCHMARK freshness: %d submits of seed 001 at %.1f/s (target %d/s), publish after commit %s%n",
                SUBMITS, ids.size() / seconds, RATE,
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValue("platform.outbox.publish-after-commit", String.class).orElse("true"));
        System.out.printf("BENCHMARK submit answer → event consumed: p50 %d ms, p99 %d ms, max %d ms (%d of %d consumed)%n%n",
                percentile(millis, 0.50), percentile(millis, 0.99), millis[millis.length - 1],
                ids.stream().filter(consumed::containsKey).count(), ids.size());
    }

    static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static void consume(Map<String, Long> consumed, AtomicBoolean consuming, CountDownLatch assigned) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "freshness-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(EventTopics.SUBMISSIONS), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    partitions.forEach(consumer::position);
                    assigned.countDown();
                }
            });
            while (consuming.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    if (record.value() != null && record.value().contains("budget.submission.submitted.v1")) {
                        consumed.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        }
    }
}
