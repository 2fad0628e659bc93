package com.budgetperf.platform.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * One reservation per caller and Idempotency-Key in the request's transaction: concurrent twins create one thing and
 * get the same answer (or 409), never 500; a retry gets the first answer; the key with another request gets 422.
 */
@QuarkusTest
class IdempotencyTest {

    private static final String COUNTY = TestTokens.user("county.system").roles("submitter").region("130607").sign();
    private static final String OTHER_COUNTY = TestTokens.user("other.system").roles("submitter").region("130608").sign();

    private static Response post(String token, String key, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/tallies");
    }

    @Test
    void concurrentTwinsCreateOneThingAndGetTheSameAnswer() throws Exception {
        String tally = "idem-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = "{\"key\":\"" + tally + "\",\"amount\":2,\"padding\":0}";
        int twins = 6;
        ExecutorService threads = Executors.newFixedThreadPool(twins);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < twins; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return post(COUNTY, key, body);
            }));
        }
        start.countDown();
        Set<String> ids = new java.util.HashSet<>();
        int replayed = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409,
                    "never 500: " + response.statusCode() + " " + response.asString());
            if (response.statusCode() == 201) {
                ids.add(response.jsonPath().getString("id"));
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
        }
        threads.shutdown();
        assertEquals(1, ids.size(), "every twin that was answered got the same answer");
        assertTrue(replayed >= 1);
        assertEquals(1, count("select count(*) from tally where tally_key = ?", tally));
        assertEquals(1, count("select count(*) from outbox_event where message_key = ?", tally));

        Response retry = post(COUNTY, key, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(ids.iterator().next(), retry.jsonPath().getString("id"));

        post(COUNTY, key, body.replace("\"amount\":2", "\"amount\":3")).then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        // keys are per caller: another caller's same key is another request
        String otherTally = tally + "-other";
        post(OTHER_COUNTY, key, body.replace(tally, otherTally)).then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        assertEquals(1, count("select count(*) from tally where tally_key = ?", otherTally));
    }

    @Test
    void aFailedRequestReservesNothingAndWithoutAKeyNothingIsReserved() throws Exception {
        String tally = "idem-fail-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(COUNTY, key, "{\"key\":\"" + tally + "\",\"amount\":1,\"padding\":1000000}").then().statusCode(422);
        post(COUNTY, key, "{\"key\":\"" + tally + "\",\"amount\":1,\"padding\":0}").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        String plain = "plain-" + UUID.randomUUID();
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body("{\"key\":\"" + plain + "\",\"amount\":1,\"padding\":0}").post("/api/v1/tallies")
                .then().statusCode(201);
        assertEquals(1, count("select count(*) from tally where tally_key = ?", plain));
    }

    static int count(String sql, String parameter) throws Exception {
        try (Connection connection = SharedPostgres.connect("platform");
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
