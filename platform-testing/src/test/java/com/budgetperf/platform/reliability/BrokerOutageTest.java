package com.budgetperf.platform.reliability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.OutboxRelay;
import com.budgetperf.platform.testing.SharedKafka;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * With the broker down the service stays ready and keeps taking requests; the outbox backlog shows in the readiness
 * data and the metrics, and is relayed when the broker is back.
 */
@QuarkusTest
class BrokerOutageTest {

    private static final String COUNTY = TestTokens.user("county.system").roles("submitter").region("130607").sign();

    @Inject
    OutboxRelay relay;

    @Test
    void readinessStaysUpWithTheBrokerDownAndTheBacklogIsRelayedAfterwards() {
        String run = "outage-" + UUID.randomUUID();
        SharedKafka.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                        .body("{\"key\":\"" + run + "-" + i + "\",\"amount\":1,\"padding\":0}")
                        .post("/api/v1/tallies").then().statusCode(201);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> relay.pending() >= 5);
            given().get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'outbox' }.data.pending", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
            given().get("/q/metrics").then().body(org.hamcrest.Matchers.matchesPattern("(?s).*outbox_pending(\\{[^}]*\\})? [1-9].*"));
        } finally {
            SharedKafka.startBroker();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> relay.pending() == 0);
        assertEquals(5, TopicRecords.read(EventTopics.SUBMISSIONS, r -> r.key() != null && r.key().startsWith(run), 5,
                Duration.ofSeconds(30)).size());
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
