package com.budgetperf.platform.reliability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.kafka.TopicDeclaration;
import com.budgetperf.platform.outbox.OutboxRelay;
import com.budgetperf.platform.testing.SharedKafka;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Topic declaration is off the start path: with the broker down the service starts and is ready, the readiness data
 * show the declaration pending while it is tried again, and the outbox holds its events; once the broker is back the
 * topics are created with the configured partitions and unlimited retention (not the broker's defaults), and the
 * waiting event goes out.
 */
@QuarkusTest
@TestProfile(TopicDeclarationTest.BrokerDownAtStart.class)
class TopicDeclarationTest {

    static final String LATE_TOPIC = "platform-test.declared-late";

    public static class BrokerDownAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.topics.declare", EventTopics.SUBMISSIONS + "," + LATE_TOPIC,
                    "platform.topics.partitions", "2",
                    "platform.topics.timeout", "2s",
                    "platform.topics.max-retry-interval", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BrokerDown.class));
        }
    }

    /** Runs after PlatformTestResources started the broker, and takes it down before the service starts. */
    public static class BrokerDown implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            SharedKafka.start();
            SharedKafka.stopBroker();
            return Map.of();
        }

        @Override
        public void stop() {
            SharedKafka.ensureBrokerUp();
        }

        @Override
        public int order() {
            return 100;
        }
    }

    private static final String COUNTY = TestTokens.user("county.system").roles("submitter").region("130607").sign();

    @Inject
    TopicDeclaration declaration;
    @Inject
    OutboxRelay relay;

    @Test
    void topicsAreDeclaredWhenTheBrokerComesBackAndTheOutboxWaitsForThem() throws Exception {
        String run = "late-" + UUID.randomUUID();
        try {
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka-topics' }.data.declaration", equalTo("pending"));
            given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                    .body("{\"key\":\"" + run + "\",\"amount\":1,\"padding\":0}")
                    .post("/api/v1/tallies").then().statusCode(201);
            assertEquals(0, relay.relayAll(), "nothing goes out before the topics are declared");
            await().atMost(Duration.ofSeconds(30)).until(() -> declaration.attempts() >= 2);
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'kafka-topics' }.data.declaration", equalTo("pending"))
                    .body("checks.find { it.name == 'kafka-topics' }.data.lastFailure",
                            org.hamcrest.Matchers.notNullValue());
        } finally {
            SharedKafka.startBroker();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'kafka-topics' }.data.declaration", equalTo("declared")));
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedKafka.bootstrapServers()))) {
            // the controller has committed the topic; the broker's metadata may show it a moment later
            TopicDescription late = await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                    () -> admin.describeTopics(List.of(LATE_TOPIC)).allTopicNames().get().get(LATE_TOPIC),
                    description -> description != null);
            assertEquals(2, late.partitions().size(), "the configured partitions, not the broker's default");
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, LATE_TOPIC);
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertEquals("-1", config.get(TopicConfig.RETENTION_MS_CONFIG).value(), "events are kept for replay");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.pending() == 0);
        assertEquals(1, TopicRecords.read(EventTopics.SUBMISSIONS, r -> run.equals(r.key()), 1, Duration.ofSeconds(30))
                .size());
    }
}
