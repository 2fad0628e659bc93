package com.budgetperf.platform.reliability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumer skeleton on the live path: a transient failure (a row locked by someone else for 10 s) is retried
 * with backoff until it succeeds, and nothing is dead-lettered; a malformed record and a record from a service
 * that does not own the topic are dead-lettered at once; a province administrator replays the dead-letter topic.
 */
@QuarkusTest
class EventConsumersTest {

    static final String DLQ = "platform-test.dlq.budget.submissions";
    private static final String ADMIN = TestTokens.user("ops.hebei").roles("admin").region("13").sign();

    @Inject
    MeterRegistry registry;

    static String envelope(String id, String source, String key, int amount) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"2026-11-30T08:00:00Z",
                 "subject":"%s","datacontenttype":"application/json","data":{"key":"%s","amount":%d}}
                """.formatted(id, source, TallyConsumer.TYPE, key, key, amount);
    }

    @Test
    void aRowLockedForTenSecondsIsAppliedAfterItsReleaseAndNothingIsDeadLettered() throws Exception {
        String key = "locked-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        double retriesBefore = retries();
        try (Connection reviewer = SharedPostgres.connect("platform")) {
            try (PreparedStatement insert = reviewer.prepareStatement("insert into tally (tally_key, total) values (?, 0)")) {
                insert.setString(1, key);
                insert.executeUpdate();
            }
            reviewer.setAutoCommit(false);
            try (PreparedStatement lock = reviewer.prepareStatement("select * from tally where tally_key = ? for update")) {
                lock.setString(1, key);
                lock.executeQuery();
            }
            KafkaProbe.send(EventTopics.SUBMISSIONS, key, envelope(eventId, "/budget/submission-service", key, 5));
            Thread.sleep(10_000);
            assertEquals(0, total(key), "not applied while the row is locked");
            reviewer.commit();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> total(key) == 5);
        assertTrue(retries() > retriesBefore, "the consumer retried while the row was locked");
        assertTrue(TopicRecords.read(DLQ, r -> key.equals(r.key()), 1, Duration.ofSeconds(3)).isEmpty(),
                "the dead-letter topic stays empty");
    }

    @Test
    void malformedAndUntrustedRecordsAreDeadLetteredAtOnceAndReplayRejectsThemButAppliesTheRest() throws Exception {
        String malformed = "malformed-" + UUID.randomUUID();
        String untrusted = "untrusted-" + UUID.randomUUID();
        Instant sent = Instant.now();
        KafkaProbe.send(EventTopics.SUBMISSIONS, malformed, "{ not an event");
        KafkaProbe.send(EventTopics.SUBMISSIONS, untrusted,
                envelope(UUID.randomUUID().toString(), "/budget/review-service", untrusted, 7));
        assertEquals(1, TopicRecords.read(DLQ, r -> malformed.equals(r.key()), 1, Duration.ofSeconds(20)).size());
        assertEquals(1, TopicRecords.read(DLQ, r -> untrusted.equals(r.key()), 1, Duration.ofSeconds(20)).size());
        assertTrue(Duration.between(sent, Instant.now()).toSeconds() < 10,
                "dead-lettered at once, not after the retries' backoff");
        assertEquals(0, total(untrusted), "an event from another service is not applied");

        // a good event that reached the dead-letter topic (e.g. while the database was down) is applied by the replay
        String parkedKey = "dead-lettered-" + UUID.randomUUID();
        KafkaProbe.send(DLQ, parkedKey, envelope(UUID.randomUUID().toString(), "/budget/submission-service", parkedKey, 3));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                .get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("find { it.topic == 'budget.submissions' }.depth", greaterThanOrEqualTo(3)));
        given().get("/q/metrics").then().body(containsString("consumer_dead_letters"));

        given().auth().oauth2(ADMIN).post("/api/v1/admin/dead-letters/budget.submissions/replay").then()
                .statusCode(200)
                .body("applied", greaterThanOrEqualTo(1))
                .body("rejected", greaterThanOrEqualTo(2))
                .body("stillFailing", equalTo(0))
                .body("depthAfter", equalTo(0));
        assertEquals(3, total(parkedKey));
        assertEquals(0, total(untrusted));
        given().auth().oauth2(ADMIN).post("/api/v1/admin/dead-letters/budget.submissions/replay").then()
                .statusCode(200).body("applied", equalTo(0)).body("depthAfter", equalTo(0));
        given().auth().oauth2(ADMIN).post("/api/v1/admin/dead-letters/budget.nothing/replay").then().statusCode(404);
    }

    private double retries() {
        var counter = registry.find("consumer.retries").counter();
        return counter == null ? 0 : counter.count();
    }

    static int total(String key) throws SQLException {
        try (Connection connection = SharedPostgres.connect("platform");
                PreparedStatement query = connection.prepareStatement("select total from tally where tally_key = ?")) {
            query.setString(1, key);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        }
    }
}
