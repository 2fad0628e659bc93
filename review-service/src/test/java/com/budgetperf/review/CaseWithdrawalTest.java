package com.budgetperf.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.EventSchemas;
import com.budgetperf.platform.testing.KafkaProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A county withdraws a version under review: its open case closes, review-service announces the closing on
 * budget.reviews, every later action on the case is refused with 409 CASE_CLOSED and the refusal is kept in the
 * case's audit chain; the version filed again opens a case of its own.
 */
@QuarkusTest
class CaseWithdrawalTest {

    static final String CASES = ReviewCaseResourceTest.CASES;
    static final String REVIEWER = ReviewCaseResourceTest.MANCHENG_REVIEWER;

    static String withdrawn(UUID submissionId, int version) {
        return """
                {"specversion":"1.0","id":"%s","source":"/budget/submission-service","type":"budget.submission.withdrawn.v1",
                 "time":"2025-01-11T08:00:00Z","subject":"%s",
                 "data":{"submissionId":"%s","fiscalYear":2025,"regionCode":"130607","departmentCode":"356001","version":%d,
                         "withdrawnAt":"2025-01-11T08:00:00.123456789Z","withdrawnBy":"county-system"}}"""
                .formatted(UUID.randomUUID(), submissionId, submissionId, version);
    }

    static List<Map<String, Object>> audit(String caseId) {
        return given().auth().oauth2(REVIEWER).when().get(CASES + "/" + caseId + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aWithdrawalClosesTheCaseAnnouncesItAndRefusesAndAuditsEveryLaterDecision() throws Exception {
        UUID submissionId = UUID.randomUUID();
        ReviewCaseResourceTest.send(submissionId, ReviewCaseResourceTest.submitted(UUID.randomUUID().toString(), submissionId, 1));
        String caseId = (String) ReviewCaseResourceTest.awaitCase(submissionId, 1).get("id");
        ReviewWorkflowTest.post(REVIEWER, caseId, "claim", null).then().statusCode(200);

        ReviewCaseResourceTest.send(submissionId, withdrawn(submissionId, 1));
        await().atMost(ReviewCaseResourceTest.PATIENCE).until(() -> "WITHDRAWN".equals(given().auth().oauth2(REVIEWER)
                .when().get(CASES + "/" + caseId).then().extract().path("status")));

        // the closing is announced on budget.reviews, as its schema of record says
        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.reviews",
                r -> submissionId.toString().equals(r.key()) && r.value().contains("budget.review.closed.v1"),
                ReviewCaseResourceTest.PATIENCE);
        EventSchemas.assertValid(record.value());
        JsonNode closed = new ObjectMapper().readTree(record.value());
        assertEquals("/budget/review-service", closed.get("source").asText());
        assertEquals(caseId, closed.at("/data/caseId").asText());
        assertEquals(1, closed.at("/data/submissionVersion").asInt());
        assertEquals("COUNTY_FINANCE", closed.at("/data/stage").asText());
        assertEquals("WITHDRAWN", closed.at("/data/reason").asText());
        assertEquals("county-system", closed.at("/data/closedBy").asText());
        assertEquals("2025-01-11T08:00:00.123456Z", closed.at("/data/closedAt").asText());

        // a decision through the API is refused with a problem in Chinese ...
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body("{\"grade\":\"优\"}")
                .when().post(CASES + "/" + caseId + "/decision")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CASE_CLOSED")).body("title", equalTo("案件已关闭"))
                .body("detail", containsString("县区已撤回第 1 版申报"));
        // ... and through the reviewers' web form
        ReviewUiTest.posting(ReviewUiTest.MANCHENG).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("grade", "中").formParam("reasonCode", "其他").formParam("reasonPath", "")
                .formParam("reasonText", "撤回后再退回").post("/ui/cases/" + caseId + "/decision")
                .then().statusCode(409).body(containsString("案件已关闭"));
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body(Map.of("path", "", "text", "撤回后的意见"))
                .when().post(CASES + "/" + caseId + "/comments")
                .then().statusCode(409).body("code", equalTo("CASE_CLOSED"));
        // another county's reviewer learns nothing about the case and leaves no trace
        given().auth().oauth2(ReviewCaseResourceTest.JINGXIU_REVIEWER).contentType(ContentType.JSON)
                .body("{\"grade\":\"优\"}").when().post(CASES + "/" + caseId + "/decision").then().statusCode(403);

        // every refused attempt is in the hash chain, which still verifies
        List<Map<String, Object>> entries = audit(caseId);
        assertEquals(List.of("OPENED", "CLAIMED", "WITHDRAWN", "REFUSED", "REFUSED", "REFUSED"),
                entries.stream().map(entry -> entry.get("action")).toList());
        @SuppressWarnings("unchecked")
        Map<String, String> refused = (Map<String, String>) entries.get(3).get("detail");
        assertEquals(Map.of("attempted", "DECIDED", "code", "CASE_CLOSED", "status", "WITHDRAWN", "stage", "COUNTY_FINANCE"),
                refused);
        assertEquals("li.si", entries.get(3).get("actor"));
        assertEquals("COMMENTED", ((Map<?, ?>) entries.get(5).get("detail")).get("attempted"));
        given().auth().oauth2(REVIEWER).when().get(CASES + "/" + caseId + "/audit/verification")
                .then().statusCode(200).body("valid", equalTo(true));
        // filed again: the new version opens a case of its own, which reviewers decide as usual
        ReviewCaseResourceTest.send(submissionId, ReviewCaseResourceTest.submitted(UUID.randomUUID().toString(), submissionId, 2));
        Map<String, Object> refiled = ReviewCaseResourceTest.awaitCase(submissionId, 2);
        assertEquals("OPEN", refiled.get("status"));
        assertNull(refiled.get("previousCaseId"), "a withdrawn case is not superseded: nothing was returned");
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body("{\"grade\":\"优\"}")
                .when().post(CASES + "/" + refiled.get("id") + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(REVIEWER).when().get(CASES + "/" + caseId).then().body("status", equalTo("WITHDRAWN"));
        // the first decision ever published for this submission is that of the version filed again
        ConsumerRecord<String, String> approved = KafkaProbe.awaitRecord("budget.reviews",
                r -> submissionId.toString().equals(r.key()) && r.value().contains("budget.review.approved.v1"),
                ReviewCaseResourceTest.PATIENCE);
        assertEquals(2, new ObjectMapper().readTree(approved.value()).at("/data/submissionVersion").asInt());
    }
}
