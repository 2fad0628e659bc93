package com.budgetperf.platform.reliability;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.outbox.Outbox;
import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A row the broker refuses (bigger than its record limit, written before the intake bound existed) is parked after
 * {@code platform.outbox.max-attempts} tries; the later event of its key waits behind it, other keys go on; a
 * province administrator sees it and skips it, and its key goes on. A document too big to publish is refused at
 * intake with 422 and nothing is stored.
 */
@QuarkusTest
class OutboxParkingTest {

    private static final String ADMIN = TestTokens.user("ops.hebei").roles("admin").region("13").sign();
    private static final String CITY_ADMIN = TestTokens.user("ops.baoding").roles("admin").region("1306").sign();
    private static final String SUBMITTER = TestTokens.user("county.system").roles("submitter").region("130607").sign();

    @Inject
    Outbox outbox;

    @Test
    void aRefusedRowIsParkedWithoutStoppingOthersAndAnAdministratorSkipsIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String blocked = run + "-blocked";
        String other = run + "-other";
        UUID huge = UUID.randomUUID();
        try (Connection connection = SharedPostgres.connect("platform");
                PreparedStatement insert = connection.prepareStatement("insert into outbox_event "
                        + "(id, topic, message_key, type, envelope, created_at) values (?, ?, ?, 'test.huge.v1', ?, now())")) {
            insert.setObject(1, huge);
            insert.setString(2, EventTopics.SUBMISSIONS);
            insert.setString(3, blocked);
            insert.setString(4, "{\"specversion\":\"1.0\",\"data\":\"" + "x".repeat(1_300_000) + "\"}");
            insert.executeUpdate();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(EventTopics.SUBMISSIONS, blocked, "test.after-huge.v1", new TallyResource.Padded(blocked, ""));
            outbox.append(EventTopics.SUBMISSIONS, other, "test.other.v1", new TallyResource.Padded(other, ""));
        });

        assertEquals(1, TopicRecords.read(EventTopics.SUBMISSIONS, r -> other.equals(r.key()), 1,
                Duration.ofSeconds(30)).size(), "another key is not stopped by the refused row");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(ADMIN)
                .get("/api/v1/admin/outbox/parked").then().statusCode(200)
                .body("id", hasItem(huge.toString())));
        given().auth().oauth2(ADMIN).get("/api/v1/admin/outbox/parked").then()
                .body("find { it.id == '" + huge + "' }.attempts", equalTo(3))
                .body("find { it.id == '" + huge + "' }.lastError", containsString("RecordTooLarge"));
        given().get("/q/metrics").then().body(containsString("outbox_parked"));
        assertTrue(TopicRecords.read(EventTopics.SUBMISSIONS, r -> blocked.equals(r.key()), 1,
                Duration.ofSeconds(3)).isEmpty(), "the later event of the parked row's key waits behind it");

        given().auth().oauth2(CITY_ADMIN).post("/api/v1/admin/outbox/parked/" + huge + "/skip").then().statusCode(403)
                .body("code", equalTo("PROVINCE_ADMIN_ONLY"));
        given().auth().oauth2(SUBMITTER).post("/api/v1/admin/outbox/parked/" + huge + "/skip").then().statusCode(403);
        given().auth().oauth2(ADMIN).post("/api/v1/admin/outbox/parked/" + huge + "/skip").then().statusCode(204);
        given().auth().oauth2(ADMIN).post("/api/v1/admin/outbox/parked/" + huge + "/skip").then().statusCode(404);

        assertEquals(1, TopicRecords.read(EventTopics.SUBMISSIONS, r -> blocked.equals(r.key()), 1,
                Duration.ofSeconds(30)).size(), "after the skip its key goes on");
    }

    @Test
    void aDocumentTooBigToPublishIsRefusedAtIntakeAndNothingIsStored() throws Exception {
        String key = "big-" + UUID.randomUUID();
        given().auth().oauth2(SUBMITTER).contentType(ContentType.JSON)
                .body("{\"key\":\"" + key + "\",\"amount\":1,\"padding\":1000000}")
                .post("/api/v1/tallies").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("EVENT_TOO_LARGE"));
        try (Connection connection = SharedPostgres.connect("platform");
                PreparedStatement count = connection.prepareStatement("select count(*) from tally where tally_key = ?")) {
            count.setString(1, key);
            var result = count.executeQuery();
            result.next();
            assertEquals(0, result.getInt(1));
        }
    }
}
