package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.SharedKafka;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Crash test (a), the part one service can show: the broker is stopped while {@value #SUBMISSIONS} submissions are
 * stored and handed in through the API (4 county systems in parallel); the service stays ready; after the restart
 * every one of them is on {@code budget.submissions} exactly once as {@code submitted}: none lost, none twice.
 * (That review-service and report-service then apply each once is the consumer skeleton's idempotency, tested in
 * platform-testing.) 200 rather than 1,000 keeps the test within about two minutes on a shared 2-core CI runner.
 */
@QuarkusTest
class BrokerOutageCrashTest {

    static final int SUBMISSIONS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySubmissionHandedInWhileTheBrokerIsDownArrivesExactlyOnce() throws Exception {
        String token = TestTokens.user("mancheng-finance").roles("submitter").region("130607").sign();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        SharedKafka.stopBroker();
        try {
            ExecutorService counties = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                work.add(counties.submit(() -> {
                    String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .body(SubmissionDocuments.body("130607", SubmissionDocuments.departmentCode(), "断网时报送"))
                            .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
                    given().auth().oauth2(token).when().post("/api/v1/submissions/" + id + "/submit")
                            .then().statusCode(200);
                    ids.add(id);
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            counties.shutdown();
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            SharedKafka.startBroker();
        }
        assertEquals(SUBMISSIONS, ids.size());

        Map<String, Integer> submittedPerSubmission = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "crash-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("budget.submissions"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            Instant quietUntil = null;
            while (Instant.now().isBefore(deadline)
                    && (submittedPerSubmission.size() < SUBMISSIONS || Instant.now().isBefore(quietUntil))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (!ids.contains(record.key())) {
                        continue;
                    }
                    JsonNode event = JSON.readTree(record.value());
                    if ("budget.submission.submitted.v1".equals(event.get("type").asText())) {
                        submittedPerSubmission.merge(record.key(), 1, Integer::sum);
                        eventIds.add(event.get("id").asText());
                    }
                }
                if (submittedPerSubmission.size() == SUBMISSIONS && quietUntil == null) {
                    quietUntil = Instant.now().plusSeconds(3); // read on a little: a duplicate would show now
                }
            }
        }
        assertEquals(SUBMISSIONS, submittedPerSubmission.size(), "none lost");
        assertEquals(Set.of(1), new HashSet<>(submittedPerSubmission.values()), "none twice");
        assertEquals(SUBMISSIONS, eventIds.size());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'outbox' }.data.pending", equalTo(0)));
    }
}
