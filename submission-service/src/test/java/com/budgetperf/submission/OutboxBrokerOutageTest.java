package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.outbox.OutboxEvent;
import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.SharedKafka;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The transactional outbox of docs/architecture.md §3: an event committed with its change while the broker is down
 * stays in the outbox, and reaches Kafka once the broker is back. Nothing is lost.
 */
@QuarkusTest
class OutboxBrokerOutageTest {

    @Inject
    EntityManager entityManager;

    @Test
    void eventCommittedWhileTheBrokerIsDownReachesKafkaWhenItIsBack() {
        String token = TestTokens.user("mancheng-finance").roles("submitter").region("130607").sign();
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", SubmissionDocuments.departmentCode(), "断网时报送"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");

        SharedKafka.stopBroker();
        try {
            given().auth().oauth2(token).when().post("/api/v1/submissions/" + id + "/submit")
                    .then().statusCode(200).body("status", equalToSubmitted());
            // the relay tried and failed: the event is committed, not published, and remembered with its error
            await().atMost(Duration.ofSeconds(30)).until(() -> outboxRow(id).attempts > 0);
            OutboxEvent pending = outboxRow(id);
            assertNull(pending.publishedAt);
            assertTrue(pending.lastError != null && !pending.lastError.isBlank());
        } finally {
            SharedKafka.startBroker();
        }

        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.submissions",
                r -> id.equals(r.key()), Duration.ofSeconds(60));
        assertTrue(record.value().contains("budget.submission.submitted.v1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxRow(id).publishedAt != null);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.messageKey = ?1", Long.class)
                .setParameter(1, id).getSingleResult()));
    }

    private OutboxEvent outboxRow(String submissionId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from OutboxEvent e where e.messageKey = ?1", OutboxEvent.class)
                .setParameter(1, submissionId).getSingleResult());
    }

    private static org.hamcrest.Matcher<Object> equalToSubmitted() {
        return org.hamcrest.Matchers.equalTo("SUBMITTED");
    }
}
