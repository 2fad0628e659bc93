package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.EventSchemas;
import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.submission.domain.feed.WebhookSignature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A county system follows its submissions without polling: the change feed in order with a resumable cursor, and a
 * registered webhook (a real HTTP server here) that receives each change signed, retried after a failure, and the
 * return with its comments exactly once per event id, even when Kafka redelivers the review event.
 */
@QuarkusTest
class ChangeFeedWebhookTest {

    static final String REGION = "130681";
    static final String COUNTY = TestTokens.user("zhuozhou-finance").roles("submitter").region(REGION).sign();
    static final String OTHER_COUNTY = TestTokens.user("lianchi-finance").roles("submitter").region("130606").sign();
    static final String SECRET = "county-webhook-secret-0001";

    /** What the county's endpoint accepted (2xx), per Webhook-Id. */
    final List<JsonNode> accepted = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger requests = new AtomicInteger();
    final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());
    HttpServer endpoint;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void startCountyEndpoint() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/hooks/budget", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("Webhook-Id");
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("Webhook-Timestamp"));
            String signature = exchange.getRequestHeaders().getFirst("Webhook-Signature");
            if (!WebhookSignature.verify(SECRET, id, timestamp, body, signature)) {
                badSignatures.add(id);
            }
            // the endpoint is down for the first delivery: the platform must retry it
            int status = requests.incrementAndGet() == 1 ? 503 : 204;
            if (status == 204) {
                accepted.add(mapper.readTree(body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stopCountyEndpoint() {
        endpoint.stop(0);
    }

    @Test
    void aRegisteredEndpointReceivesTheReturnWithItsCommentsOncePerEventId() {
        String webhook = given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hooks/budget",
                        "secret", SECRET))
                .when().post("/api/v1/webhooks").then().statusCode(201)
                .body("regionPrefix", equalTo(REGION)).body("secret", equalTo(SECRET))
                .extract().path("id");
        String feedStart = given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/changes")
                .then().statusCode(200).extract().path("cursor");

        String department = SubmissionDocuments.departmentCode();
        // a check (试报送) answers the machine review and records nothing: no change on the feed, no delivery
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body(REGION, department, "稳就业"))
                .when().post("/api/v1/submissions/checks").then().statusCode(200).body("stored", equalTo(false));
        String id = given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body(REGION, department, "稳就业"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        KafkaProbe.send("budget.reviews", id, ReviewOutcomeTest.reviewEvent("budget.review.case-opened.v1", id, 1, ""));
        String returned = ReviewOutcomeTest.reviewEvent("budget.review.returned.v1", id, 1, """
                ,"grade":"中","comments":[{"path":"/projects/0/indicators/0","text":"新增就业目标低于上年实际完成数，请调高","reason":"指标值偏低"}]""");
        String returnedId = returned.substring(returned.indexOf("\"id\":\"") + 6, returned.indexOf("\"id\":\"") + 42);
        KafkaProbe.send("budget.reviews", id, returned);
        KafkaProbe.send("budget.reviews", id, returned); // Kafka redelivers: still one change, one delivery

        List<String> types = List.of("submission.version-received", "submission.submitted", "review.case-opened",
                "review.returned");
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.size() >= 4);

        // the feed: in order, from the cursor where this test started, the same event ids the webhook got
        JsonPath page = given().auth().oauth2(COUNTY).queryParam("since", feedStart).when()
                .get("/api/v1/submissions/changes").then().statusCode(200).extract().jsonPath();
        assertEquals(types, page.getList("changes.type"));
        assertEquals(List.of(1, 1, 1, 1), page.getList("changes.version"));
        assertEquals("中", page.getString("changes[3].grade"));
        assertEquals("RETURNED", page.getString("changes[3].status"));
        assertEquals("指标值偏低", page.getString("changes[3].comments[0].reason"));
        assertEquals(returnedId, page.getString("changes[3].eventId"));
        assertTrue(page.getInt("changes[0].qualityScore") > 0);
        // resumable: after the first change, the next page starts with the second; at the end nothing new
        String afterFirst = given().auth().oauth2(COUNTY).queryParam("since", feedStart).queryParam("limit", 1)
                .when().get("/api/v1/submissions/changes").then().extract().path("cursor");
        given().auth().oauth2(COUNTY).queryParam("since", afterFirst).queryParam("limit", 1)
                .when().get("/api/v1/submissions/changes").then().body("changes[0].type", equalTo(types.get(1)));
        given().auth().oauth2(COUNTY).queryParam("since", page.getString("cursor"))
                .when().get("/api/v1/submissions/changes").then().statusCode(200)
                .body("changes", empty()).body("cursor", equalTo(page.getString("cursor")));
        given().auth().oauth2(COUNTY).queryParam("since", "not-a-cursor")
                .when().get("/api/v1/submissions/changes").then().statusCode(422).body("violations[0].field", equalTo("/since"));
        // region-scoped: another county sees none of it
        given().auth().oauth2(OTHER_COUNTY).queryParam("since", feedStart)
                .when().get("/api/v1/submissions/changes").then().statusCode(200)
                .body("changes.regionCode", everyItem(startsWith("130606")));

        // the webhook: each change exactly once per event id, signed; the return carries its comments
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> accepted.size() == 4);
        Map<String, Long> perEventId = accepted.stream()
                .collect(Collectors.groupingBy(change -> change.get("eventId").asText(), Collectors.counting()));
        assertEquals(Map.of(), perEventId.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "each event id once");
        // webhooks promise each change, not their order (a retried one arrives later): the feed gives the order
        assertEquals(new HashSet<>(page.getList("changes.eventId")), perEventId.keySet());
        JsonNode returnDelivered = accepted.stream().collect(Collectors.toMap(c -> c.get("type").asText(),
                Function.identity())).get("review.returned");
        assertEquals(returnedId, returnDelivered.get("eventId").asText());
        assertEquals("/projects/0/indicators/0", returnDelivered.at("/comments/0/path").asText());
        assertEquals("新增就业目标低于上年实际完成数，请调高", returnDelivered.at("/comments/0/text").asText());
        assertEquals(List.of(), badSignatures);

        // the delivery log: four delivered, the first one after a failed attempt (503) and a retry
        JsonPath log = given().auth().oauth2(COUNTY).when().get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED"), log.getList("status"));
        assertEquals(2, log.getInt("find { it.eventId == '%s' }.attempts".formatted(page.getString("changes[0].eventId"))));
        assertEquals(204, log.getInt("find { it.eventId == '%s' }.lastStatus".formatted(page.getString("changes[0].eventId"))));
        given().auth().oauth2(OTHER_COUNTY).when().get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then().statusCode(403);
        given().auth().oauth2(COUNTY).when().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);

        // the events behind the feed, as written to the outbox, match their schemas of record (docs/events)
        @SuppressWarnings("unchecked")
        List<String> written = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select envelope from outbox_event where message_key = :id order by position")
                .setParameter("id", id).getResultList());
        assertEquals(1, written.size());
        written.forEach(EventSchemas::assertValid);
        EventSchemas.assertValid(returned);
    }
}
