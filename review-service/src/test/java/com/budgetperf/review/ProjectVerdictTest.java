package com.budgetperf.review;

import static com.budgetperf.review.ReviewWorkflowTest.BAODING;
import static com.budgetperf.review.ReviewWorkflowTest.CASES;
import static com.budgetperf.review.ReviewWorkflowTest.JINGXIU;
import static com.budgetperf.review.ReviewWorkflowTest.MANCHENG;
import static com.budgetperf.review.ReviewWorkflowTest.awaitEvent;
import static com.budgetperf.review.ReviewWorkflowTest.openCase;
import static com.budgetperf.review.ReviewWorkflowTest.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** A verdict per project (通过 / 需修改 / 不予安排): set, replaced, guarded, and told to the county on return. */
@QuarkusTest
class ProjectVerdictTest {

    static String verdict(String verdict, String note) {
        return "{\"verdict\":\"" + verdict + "\",\"note\":" + (note == null ? "null" : "\"" + note + "\"") + "}";
    }

    @Test
    void verdictIsSetAndReplacedAtTheStageAndShownInTheCase() {
        String caseId = openCase(UUID.randomUUID(), 1, "职业培训补贴", "≥1000人", "WARNING");
        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId).then().statusCode(200)
                .body("allowedActions", hasItem("verdict")).body("projectVerdicts", hasSize(0));
        given().auth().oauth2(BAODING).get(CASES + "/" + caseId).then().statusCode(200)
                .body("allowedActions", not(hasItem("verdict")));

        post(MANCHENG, caseId, "projects/0/verdict", verdict("PASS", null)).then().statusCode(200)
                .body("projectVerdicts", hasSize(1)).body("projectVerdicts[0].verdict", equalTo("PASS"))
                .body("projectVerdicts[0].verdictLabel", equalTo("通过"));
        post(MANCHENG, caseId, "projects/0/verdict", verdict("需修改", "城镇新增就业人数低于上年实际")).then().statusCode(200)
                .body("projectVerdicts", hasSize(1));

        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId).then().statusCode(200)
                .body("projectVerdicts", hasSize(1))
                .body("projectVerdicts[0].projectIndex", equalTo(0))
                .body("projectVerdicts[0].projectCode", equalTo("P001"))
                .body("projectVerdicts[0].projectName", equalTo("就业补助资金"))
                .body("projectVerdicts[0].verdict", equalTo("REVISE"))
                .body("projectVerdicts[0].verdictLabel", equalTo("需修改"))
                .body("projectVerdicts[0].note", equalTo("城镇新增就业人数低于上年实际"))
                .body("projectVerdicts[0].decidedBy", equalTo("li.si"))
                .body("projectVerdicts[0].stage", equalTo("COUNTY_FINANCE"));

        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId + "/audit").then().statusCode(200)
                .body("action", hasItem("PROJECT_VERDICT"))
                .body("findAll { it.action == 'PROJECT_VERDICT' }.detail.verdict", org.hamcrest.Matchers.contains("PASS", "REVISE"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId + "/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void otherCountiesAndTheCityAtTheCountyStageAreRefusedAndBadInputIs422() {
        String caseId = openCase(UUID.randomUUID(), 1, "职业培训补贴", "≥1000人", "WARNING");
        post(JINGXIU, caseId, "projects/0/verdict", verdict("PASS", null)).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("REGION_NOT_COVERED"));
        post(BAODING, caseId, "projects/0/verdict", verdict("PASS", null)).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("STAGE_LEVEL_MISMATCH"));
        post(MANCHENG, caseId, "projects/1/verdict", verdict("PASS", null)).then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("/index"));
        post(MANCHENG, caseId, "projects/-1/verdict", verdict("PASS", null)).then().statusCode(422)
                .body("violations[0].field", equalTo("/index"));
        post(MANCHENG, caseId, "projects/0/verdict", verdict("MAYBE", null)).then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("/verdict"));
        post(MANCHENG, caseId, "projects/0/verdict", "{}").then().statusCode(422)
                .body("violations[0].field", equalTo("/verdict"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId).then().statusCode(200)
                .body("projectVerdicts", hasSize(0));
    }

    @Test
    void returnCarriesTheProjectVerdictAsACommentAndThenNoMoreVerdicts() throws Exception {
        UUID submissionId = UUID.randomUUID();
        String caseId = openCase(submissionId, 1, "职业培训补贴", "≥1000人", "WARNING");
        post(MANCHENG, caseId, "projects/0/verdict", verdict("REVISE", "请量化绩效指标")).then().statusCode(200);
        post(MANCHENG, caseId, "decision",
                "{\"grade\":\"中\",\"returnReasons\":[{\"code\":\"指标值偏低\",\"path\":\"/projects/0/indicators/0\",\"text\":\"低于上年\"}]}")
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("allowedActions", not(hasItem("verdict")));

        JsonNode returned = awaitEvent(submissionId.toString(), "budget.review.returned.v1", caseId, e -> true);
        JsonNode comments = returned.at("/data/comments");
        JsonNode project = null;
        for (JsonNode comment : comments) {
            if ("/projects/0".equals(comment.path("path").asText())) {
                project = comment;
            }
        }
        assertTrue(project != null, () -> "the project verdict in " + comments);
        assertEquals("需修改：请量化绩效指标", project.path("text").asText());
        assertTrue(project.path("reason").isNull(), () -> "no reason code: " + comments);
        assertEquals("指标值偏低", comments.get(0).path("reason").asText());

        post(MANCHENG, caseId, "projects/0/verdict", verdict("PASS", null)).then().statusCode(409)
                .body("code", equalTo("CASE_ALREADY_DECIDED"));
    }

    @Test
    void rejectionCarriesRejectedProjectsButNotPassedOnes() throws Exception {
        UUID submissionId = UUID.randomUUID();
        String caseId = openCase(submissionId, 1, "职业培训补贴", "≥1000人", "WARNING");
        post(MANCHENG, caseId, "projects/0/verdict", verdict("REJECT", "不符合支出方向")).then().statusCode(200);
        post(MANCHENG, caseId, "decision", "{\"grade\":\"差\"}").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        JsonNode rejected = awaitEvent(submissionId.toString(), "budget.review.rejected.v1", caseId, e -> true);
        assertEquals("/projects/0", rejected.at("/data/comments/0/path").asText());
        assertEquals("不予安排：不符合支出方向", rejected.at("/data/comments/0/text").asText());

        UUID passedSubmission = UUID.randomUUID();
        String passed = openCase(passedSubmission, 1, "职业培训补贴", "≥1000人", "WARNING");
        post(MANCHENG, passed, "projects/0/verdict", verdict("PASS", "可以安排")).then().statusCode(200);
        post(MANCHENG, passed, "decision", "{\"grade\":\"差\",\"note\":\"整体不予安排\"}").then().statusCode(200);
        JsonNode passedEvent = awaitEvent(passedSubmission.toString(), "budget.review.rejected.v1", passed, e -> true);
        assertEquals(1, passedEvent.at("/data/comments").size(), passedEvent.toString());
        assertEquals("整体不予安排", passedEvent.at("/data/comments/0/text").asText());
    }

    @Test
    void aCaseWithAProjectToReviseIsNotBulkApprovedButOneWithOnlyPassedProjectsIs() {
        String queried = openCase(UUID.randomUUID(), 1, "职业培训补贴", "≥1000人", "WARNING");
        String passed = openCase(UUID.randomUUID(), 1, "就业见习补贴", "≥200人", "WARNING");
        post(MANCHENG, queried, "projects/0/verdict", verdict("REVISE", "补充培训对象范围")).then().statusCode(200);
        post(MANCHENG, passed, "projects/0/verdict", verdict("PASS", null)).then().statusCode(200);
        given().auth().oauth2(MANCHENG).contentType(io.restassured.http.ContentType.JSON)
                .body("{\"caseIds\":[\"%s\",\"%s\"]}".formatted(queried, passed))
                .post(CASES + "/bulk-approval").then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.contains("SKIPPED_NOT_CLEAN", "APPROVED"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + queried).then().body("status", equalTo("OPEN"));
    }
}
