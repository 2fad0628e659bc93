package com.budgetperf.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReviewCaseResourceTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String SUBMISSIONS = "budget.submissions";
    static final String CASES = "/api/v1/review-cases";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static final String MANCHENG_REVIEWER = TestTokens.user("li.si").roles("reviewer").region("130607").sign();
    static final String JINGXIU_REVIEWER = TestTokens.user("wang.wu").roles("reviewer").region("130602").sign();
    static final String BAODING_REVIEWER = TestTokens.user("zhao.liu").roles("reviewer").region("1306").sign();

    /** A {@code budget.submission.submitted.v1} envelope as submission-service writes it, with a property review-service does not know. */
    static String submitted(String eventId, UUID submissionId, int version) {
        return """
                {"specversion":"1.0","id":"%1$s","source":"/budget/submission-service",
                 "type":"budget.submission.submitted.v1","time":"2025-01-10T08:00:01Z","subject":"%2$s",
                 "datacontenttype":"application/json",
                 "data":{"submissionId":"%2$s","fiscalYear":2025,"regionCode":"130607","departmentCode":"356001",
                         "departmentName":"保定市满城区人力资源和社会保障局","version":%3$d,"status":"SUBMITTED",
                         "submittedAt":"2025-01-10T08:00:00Z","submittedBy":"county-system",
                         "document":{"projects":[{"code":"P001","name":"就业补助资金"}]},
                         "findings":[{"ruleCode":"VAGUE_WORD","severity":"WARNING","path":"/projects/0","message":"指标描述含模糊用语"}],
                         "addedLater":{"anything":true}}}""".formatted(eventId, submissionId, version);
    }

    static void send(UUID submissionId, String envelope) {
        KafkaProbe.send(SUBMISSIONS, submissionId.toString(), envelope);
    }

    /** The cases {@code token} can list for {@code submissionId}. */
    static List<Map<String, Object>> casesOf(String token, UUID submissionId) {
        List<Map<String, Object>> all = given().auth().oauth2(token).when().get(CASES + "?size=200")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(c -> submissionId.toString().equals(c.get("submissionId"))).toList();
    }

    static Map<String, Object> awaitCase(UUID submissionId, int version) {
        return await().atMost(PATIENCE).until(
                () -> casesOf(MANCHENG_REVIEWER, submissionId).stream()
                        .filter(c -> Integer.valueOf(version).equals(c.get("submissionVersion"))).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void submittedVersionOpensACaseAndAnnouncesItOnTheReviewsTopic() throws Exception {
        UUID submissionId = UUID.randomUUID();
        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 1));

        Map<String, Object> opened = awaitCase(submissionId, 1);
        String caseId = (String) opened.get("id");
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "/" + caseId)
                .then().statusCode(200)
                .body("submissionId", equalTo(submissionId.toString()))
                .body("submissionVersion", equalTo(1))
                .body("fiscalYear", equalTo(2025))
                .body("regionCode", equalTo("130607"))
                .body("departmentCode", equalTo("356001"))
                .body("departmentName", equalTo("保定市满城区人力资源和社会保障局"))
                .body("stage", equalTo("COUNTY_FINANCE"))
                .body("status", equalTo("OPEN"));

        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.reviews",
                r -> submissionId.toString().equals(r.key()) && r.value().contains("budget.review.case-opened.v1"),
                PATIENCE);
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("/budget/review-service", event.get("source").asText());
        assertEquals(submissionId.toString(), event.get("subject").asText());
        assertEquals(caseId, event.at("/data/caseId").asText());
        assertEquals(submissionId.toString(), event.at("/data/submissionId").asText());
        assertEquals(1, event.at("/data/submissionVersion").asInt());
        assertEquals(2025, event.at("/data/fiscalYear").asInt());
        assertEquals("130607", event.at("/data/regionCode").asText());
        assertEquals("保定市满城区人力资源和社会保障局", event.at("/data/departmentName").asText());
        assertEquals("COUNTY_FINANCE", event.at("/data/stage").asText());
        assertEquals("OPEN", event.at("/data/status").asText());
        assertEquals(opened.get("openedAt"), event.at("/data/openedAt").asText());

        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "?fiscalYear=2025&status=OPEN&size=200")
                .then().statusCode(200).body("findAll { it.submissionId == '" + submissionId + "' }.size()", equalTo(1));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "?fiscalYear=2024&size=200")
                .then().statusCode(200).body("findAll { it.submissionId == '" + submissionId + "' }.size()", equalTo(0));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "?status=APPROVED&size=200")
                .then().statusCode(200).body("findAll { it.submissionId == '" + submissionId + "' }.size()", equalTo(0));
    }

    @Test
    void redeliveredEventOpensOneCasePerSubmissionVersion() {
        UUID submissionId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(submissionId, submitted(eventId, submissionId, 1));
        awaitCase(submissionId, 1);

        // the same event again (at-least-once delivery), the same version re-announced under a new event id,
        // then version 2 as a marker: same key, same partition, so it is consumed after both
        send(submissionId, submitted(eventId, submissionId, 1));
        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 1));
        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 2));
        awaitCase(submissionId, 2);

        List<Map<String, Object>> cases = casesOf(MANCHENG_REVIEWER, submissionId);
        assertEquals(2, cases.size(), () -> "one case per submitted version: " + cases);
        assertEquals(1, cases.stream().filter(c -> Integer.valueOf(1).equals(c.get("submissionVersion"))).count());
    }

    @Test
    void reviewersSeeCasesOfTheirRegionOnly() {
        UUID submissionId = UUID.randomUUID();
        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 1));
        String caseId = (String) awaitCase(submissionId, 1).get("id");

        given().when().get(CASES).then().statusCode(401);
        given().when().get(CASES + "/" + caseId).then().statusCode(401);
        String submitter = TestTokens.user("clerk").roles("submitter").region("130607").sign();
        given().auth().oauth2(submitter).when().get(CASES).then().statusCode(403);
        given().auth().oauth2(submitter).when().get(CASES + "/" + caseId).then().statusCode(403);

        // another county of the same city: not in its list, refused by id
        assertTrue(casesOf(JINGXIU_REVIEWER, submissionId).isEmpty());
        given().auth().oauth2(JINGXIU_REVIEWER).when().get(CASES + "/" + caseId)
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("REGION_NOT_COVERED"));

        // the city bureau sees its counties' cases, the province everything
        assertEquals(1, casesOf(BAODING_REVIEWER, submissionId).size());
        given().auth().oauth2(BAODING_REVIEWER).when().get(CASES + "/" + caseId)
                .then().statusCode(200).body("regionCode", equalTo("130607"));
        String province = TestTokens.user("hebei").roles("reviewer").region("13").sign();
        assertEquals(1, casesOf(province, submissionId).size());

        // a reviewer token without a region claim covers nothing
        String regionless = TestTokens.user("nobody").roles("reviewer").sign();
        given().auth().oauth2(regionless).when().get(CASES)
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("REGION_NOT_COVERED"));
    }

    @Test
    void unknownCasesAndBadFiltersGetProblems() {
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "?page=-1")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("violations[0].message", equalTo("页码从 0 开始"));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "?size=201")
                .then().statusCode(422).body("violations[0].message", equalTo("每页最多 200 条"));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "?status=CLOSED")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("/status"));
    }

    @Test
    void unreadableMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        UUID submissionId = UUID.randomUUID();
        send(submissionId, "not json");
        UUID incomplete = UUID.randomUUID();
        send(incomplete, submitted(UUID.randomUUID().toString(), incomplete, 1).replace("\"regionCode\":\"130607\",", ""));

        ConsumerRecord<String, String> dead = KafkaProbe.awaitRecord("review-service.dlq.budget.submissions",
                r -> submissionId.toString().equals(r.key()), PATIENCE);
        assertEquals("not json", dead.value());
        KafkaProbe.awaitRecord("review-service.dlq.budget.submissions", r -> incomplete.toString().equals(r.key()),
                PATIENCE);

        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 1));
        awaitCase(submissionId, 1);
        assertTrue(casesOf(BAODING_REVIEWER, incomplete).isEmpty());
    }

    @Test
    void aWithdrawnSubmissionClosesItsOpenCaseWithAnAuditEntry() {
        UUID submissionId = UUID.randomUUID();
        send(submissionId, submitted(UUID.randomUUID().toString(), submissionId, 1));
        String caseId = (String) awaitCase(submissionId, 1).get("id");
        send(submissionId, """
                {"specversion":"1.0","id":"%s","source":"/budget/submission-service","type":"budget.submission.withdrawn.v1",
                 "time":"2025-01-11T08:00:00Z","subject":"%s",
                 "data":{"submissionId":"%s","version":1,"withdrawnAt":"2025-01-11T08:00:00Z","withdrawnBy":"county-system"}}"""
                .formatted(UUID.randomUUID(), submissionId, submissionId));
        await().atMost(PATIENCE).until(() -> "WITHDRAWN".equals(given().auth().oauth2(MANCHENG_REVIEWER)
                .when().get(CASES + "/" + caseId).then().extract().path("status")));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "/" + caseId)
                .then().body("allowedActions", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("approve")));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "/" + caseId + "/audit")
                .then().statusCode(200).body("action", org.hamcrest.Matchers.hasItem("WITHDRAWN"));
        given().auth().oauth2(MANCHENG_REVIEWER).when().get(CASES + "/" + caseId + "/audit/verification")
                .then().statusCode(200).body("valid", equalTo(true));
    }
}
