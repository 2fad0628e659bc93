package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Review outcomes arrive as review events; the county reads status and comments here. Rule sets from the catalog. */
@QuarkusTest
class ReviewOutcomeTest {

    static final String COUNTY = TestTokens.user("mancheng-finance").roles("submitter").region("130607").sign();

    static String reviewEvent(String type, String submissionId, int version, String extra) {
        return """
                {"specversion":"1.0","id":"%s","source":"/budget/review-service","type":"%s","time":"2026-11-23T08:00:00Z",
                 "subject":"%s","data":{"caseId":"%s","submissionId":"%s","submissionVersion":%d,"stage":"COUNTY_FINANCE",
                 "decidedBy":"mancheng.reviewer","decidedAt":"2026-11-23T08:00:00Z"%s}}"""
                .formatted(UUID.randomUUID(), type, submissionId, UUID.randomUUID(), submissionId, version, extra);
    }

    String status(String id) {
        return given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id).then().extract().path("status");
    }

    @Test
    void theCountyFollowsItsSubmissionThroughReturnAndApproval() {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "稳就业"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);

        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.case-opened.v1", id, 1, ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> "IN_REVIEW".equals(status(id)));

        String returned = reviewEvent("budget.review.returned.v1", id, 1, """
                ,"grade":"中","comments":[{"path":"/projects/0/indicators/0","text":"新增就业目标低于上年实际完成数，请调高","reason":"指标值偏低"}]""");
        KafkaProbe.send("budget.reviews", id, returned);
        KafkaProbe.send("budget.reviews", id, returned); // redelivered: applied once
        await().atMost(Duration.ofSeconds(20)).until(() -> "RETURNED".equals(status(id)));
        given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id + "/review-notes")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[1].grade", equalTo("中"))
                .body("[1].comments[0].path", equalTo("/projects/0/indicators/0"))
                .body("[1].comments[0].reason", equalTo("指标值偏低"));

        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body(2021, "130607", department, "稳就业", "1574", "≥1700人"))
                .when().post("/api/v1/submissions").then().statusCode(201).body("version", equalTo(2));
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.approved.v1", id, 2, ",\"grade\":\"良\",\"finalApproval\":false"));
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.approved.v1", id, 2, ",\"grade\":\"优\",\"finalApproval\":true"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(status(id)));
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "审结后再改"))
                .when().post("/api/v1/submissions").then().statusCode(409);
    }

    int notes(String id) {
        return given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id + "/review-notes")
                .then().statusCode(200).extract().path("size()");
    }

    /** The changes of one submission on the region's feed, oldest first. */
    static List<Map<String, Object>> changesOf(String id) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String cursor = null;
        while (true) {
            var request = given().auth().oauth2(COUNTY).queryParam("limit", 500);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath page = request.when().get("/api/v1/submissions/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> read = page.getList("changes");
            if (read.isEmpty()) {
                return changes;
            }
            read.stream().filter(change -> id.equals(change.get("submissionId"))).forEach(changes::add);
            cursor = page.getString("cursor");
        }
    }

    @Test
    void aWithdrawnSubmissionIsFiledAgainAsANewVersionAndALateDecisionMovesNothing() {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "稳就业"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        // decisions about the withdrawn version arrive late: kept as notes and on the feed, the status stays
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.approved.v1", id, 1,
                ",\"grade\":\"优\",\"finalApproval\":true"));
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.returned.v1", id, 1, """
                ,"grade":"中","comments":[{"path":"","text":"撤回后才到的退回","reason":"其他"}]"""));
        await().atMost(Duration.ofSeconds(20)).until(() -> notes(id) == 2);
        assertEquals("WITHDRAWN", status(id));
        List<Map<String, Object>> changes = changesOf(id);
        assertEquals(List.of("submission.version-received", "submission.submitted", "submission.withdrawn",
                "review.approved", "review.returned"), changes.stream().map(change -> change.get("type")).toList());
        assertEquals(List.of("WITHDRAWN", "WITHDRAWN"), changes.subList(3, 5).stream().map(c -> c.get("status")).toList());
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(409).body("code", equalTo("SUBMISSION_NOT_SUBMITTABLE"));

        // filed again: a new version of the same submission, a draft, then handed in again
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body(2021, "130607", department, "稳就业，重新报送", "1574", "≥1700人"))
                .when().post("/api/v1/submissions").then().statusCode(201)
                .body("id", equalTo(id)).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("currentVersion", equalTo(2));

        // a decision about the withdrawn version still moves nothing; the version in review does
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.rejected.v1", id, 1, ",\"grade\":\"差\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> notes(id) == 3);
        assertEquals("SUBMITTED", status(id));
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.case-opened.v1", id, 2, ""));
        await().atMost(Duration.ofSeconds(20)).until(() -> "IN_REVIEW".equals(status(id)));
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.approved.v1", id, 2,
                ",\"grade\":\"良\",\"finalApproval\":true"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(status(id)));
        // once approved, a late return of that same version changes nothing either
        KafkaProbe.send("budget.reviews", id, reviewEvent("budget.review.returned.v1", id, 2, """
                ,"grade":"中","comments":[{"path":"","text":"迟到的退回","reason":"其他"}]"""));
        await().atMost(Duration.ofSeconds(20)).until(() -> notes(id) == 6);
        assertEquals("APPROVED", status(id));
    }

    @Test
    void aRuleSetPublishedByTheCatalogChangesTheReviewOfItsYear() {
        String version = "rs-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send("budget.catalog", version, """
                {"specversion":"1.0","id":"%s","source":"/budget/catalog-service","type":"budget.catalog.rule-set.published.v1",
                 "time":"2026-11-23T08:00:00Z","subject":"%s",
                 "data":{"version":"%s","fiscalYear":2031,"settings":{"FUNDING_SUM_MISMATCH":{"enabled":true,"severity":"WARNING"},
                         "MISSING_LEVEL1":{"enabled":false}},"thresholds":{"warningCost":0.75},"publishedAt":"2026-11-23T08:00:00Z"}}"""
                .formatted(UUID.randomUUID(), version, version));
        String body = SubmissionDocuments.defective("130607", SubmissionDocuments.departmentCode()).replace("2021", "2031");
        await().atMost(Duration.ofSeconds(20)).until(() -> version.equals(given().auth().oauth2(COUNTY)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/submissions?dryRun=true")
                .then().extract().path("ruleSetVersion")));
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions?dryRun=true")
                .then().statusCode(200)
                .body("findings.ruleCode", not(hasItem("MISSING_LEVEL1")))
                .body("findings.find { it.ruleCode == 'FUNDING_SUM_MISMATCH' }.severity", equalTo("WARNING"));
        // other years keep the built-in rule set
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body(SubmissionDocuments.defective("130607", SubmissionDocuments.departmentCode()))
                .when().post("/api/v1/submissions?dryRun=true")
                .then().body("ruleSetVersion", equalTo("built-in-2")).body("findings.ruleCode", hasItem("MISSING_LEVEL1"));
    }
}
