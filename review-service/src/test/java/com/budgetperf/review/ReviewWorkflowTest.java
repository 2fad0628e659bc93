package com.budgetperf.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The review workflow end to end: submission events in, reviewers' actions over REST, review events out. */
@QuarkusTest
class ReviewWorkflowTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String CASES = "/api/v1/review-cases";
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    static final String MANCHENG = TestTokens.user("li.si").roles("reviewer").region("130607").sign();
    static final String MANCHENG_2 = TestTokens.user("zhang.san").roles("reviewer").region("130607").sign();
    static final String JINGXIU = TestTokens.user("wang.wu").roles("reviewer").region("130602").sign();
    static final String BAODING = TestTokens.user("zhao.liu").roles("reviewer").region("1306").sign();

    @Inject
    DataSource dataSource;

    /** A submitted version with one project; {@code purpose} may carry a transfer document number. */
    static String submitted(UUID submissionId, int version, String purpose, String firstValue, String findingSeverity) {
        return """
                {"specversion":"1.0","id":"%1$s","source":"/budget/submission-service",
                 "type":"budget.submission.submitted.v1","time":"2025-01-10T08:00:01Z","subject":"%2$s",
                 "datacontenttype":"application/json",
                 "data":{"submissionId":"%2$s","fiscalYear":2025,"regionCode":"130607","departmentCode":"356001",
                         "departmentName":"保定市满城区人力资源和社会保障局","version":%3$d,"status":"SUBMITTED",
                         "submittedAt":"2025-01-10T08:00:00Z","submittedBy":"county-system",
                         "qualityScore":82.5,"suggestedGrade":"良",
                         "document":{"overallGoal":"做好就业创业工作","subGoals":["全年城镇新增就业1524人"],"safeguards":"加强资金监管",
                           "departmentIndicators":[],
                           "projects":[{"code":"P001","name":"就业补助资金","budget":{"total":1574,"fiscal":1574,"other":0},
                             "purpose":"%4$s",
                             "indicators":[{"level1":"产出指标","level2":"数量指标","name":"城镇新增就业人数",
                                            "value":{"raw":"%5$s"},"basis":"计划标准"},
                                           {"level1":"产出指标","level2":"质量指标","name":"城镇登记失业率",
                                            "value":{"raw":"≤4.5%%"},"basis":"计划标准"}]}]},
                         "findings":[{"ruleCode":"VAGUE_WORD","severity":"%6$s","path":"/projects/0/indicators/0","message":"指标值需复核"}]}}"""
                .formatted(UUID.randomUUID(), submissionId, version, purpose, firstValue, findingSeverity);
    }

    static String openCase(UUID submissionId, int version, String purpose, String firstValue, String severity) {
        KafkaProbe.send("budget.submissions", submissionId.toString(),
                submitted(submissionId, version, purpose, firstValue, severity));
        return awaitCase(submissionId, version);
    }

    static String simpleCase() {
        return openCase(UUID.randomUUID(), 1, "职业培训补贴", "≥1000人", "WARNING");
    }

    static String awaitCase(UUID submissionId, int version) {
        return await().atMost(PATIENCE).until(() -> {
            List<Map<String, Object>> all = given().auth().oauth2(MANCHENG).get(CASES + "?size=200")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return all.stream().filter(c -> submissionId.toString().equals(c.get("submissionId"))
                    && Integer.valueOf(version).equals(c.get("submissionVersion"))).map(c -> (String) c.get("id")).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    static Response post(String token, String caseId, String action, String body) {
        // JSON even without a body: a form content type is what a browser's form sends, and needs a CSRF token
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(CASES + "/" + caseId + "/" + action);
    }

    static JsonNode awaitEvent(String submissionId, String type, String caseId, java.util.function.Predicate<JsonNode> also)
            throws Exception {
        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.reviews", r -> {
            if (!submissionId.equals(r.key()) || !r.value().contains(type)) {
                return false;
            }
            try {
                JsonNode event = JSON.readTree(r.value());
                return type.equals(event.get("type").asText()) && caseId.equals(event.at("/data/caseId").asText())
                        && also.test(event);
            } catch (Exception e) {
                return false;
            }
        }, PATIENCE);
        return JSON.readTree(record.value());
    }

    @Test
    void transferProjectGoesFromCountyToCityAndIsFinallyApprovedThere() throws Exception {
        UUID submissionId = UUID.randomUUID();
        String caseId = openCase(submissionId, 1, "依据保财社【2025】35号下达的就业补助资金", "≥1524人", "WARNING");

        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId).then().statusCode(200)
                .body("stage", equalTo("COUNTY_FINANCE")).body("stageName", equalTo("县级财政"))
                .body("stages", contains("COUNTY_FINANCE", "CITY_FINANCE")).body("status", equalTo("OPEN"))
                .body("allowedActions", contains("claim", "assign", "comment", "approve", "return", "reject", "verdict"))
                .body("overdue", equalTo(false)).body("qualityScore", equalTo(82.5f)).body("suggestedGrade", equalTo("良"))
                .body("document.projects[0].code", equalTo("P001")).body("findings[0].ruleCode", equalTo("VAGUE_WORD"));
        given().auth().oauth2(BAODING).get(CASES + "/" + caseId).then().statusCode(200).body("allowedActions", empty());

        post(MANCHENG, caseId, "claim", null).then().statusCode(200)
                .body("assignee", equalTo("li.si")).body("status", equalTo("IN_REVIEW"))
                .body("allowedActions", not(hasItem("claim")));
        post(MANCHENG, caseId, "decision", "{\"grade\":\"良\",\"note\":\"同意上报市级\"}").then().statusCode(200)
                .body("stage", equalTo("CITY_FINANCE")).body("status", equalTo("OPEN"))
                .body("assignee", nullValue()).body("allowedActions", empty());

        JsonNode entered = awaitEvent(submissionId.toString(), "budget.review.stage-entered.v1", caseId, e -> true);
        assertEquals("CITY_FINANCE", entered.at("/data/stage").asText());
        assertEquals(1, entered.at("/data/submissionVersion").asInt());
        assertFalse(entered.at("/data/enteredAt").asText().isEmpty());
        JsonNode countyApproved = awaitEvent(submissionId.toString(), "budget.review.approved.v1", caseId,
                e -> "COUNTY_FINANCE".equals(e.at("/data/stage").asText()));
        assertFalse(countyApproved.at("/data/finalApproval").asBoolean());
        assertEquals("良", countyApproved.at("/data/grade").asText());
        assertEquals("同意上报市级", countyApproved.at("/data/comments/0/text").asText());

        // the county has decided its stage; the city acts now
        post(MANCHENG, caseId, "decision", "{\"grade\":\"优\"}").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("STAGE_LEVEL_MISMATCH"));
        given().auth().oauth2(BAODING).get(CASES + "/" + caseId).then().statusCode(200)
                .body("allowedActions", hasItem("approve"));
        given().auth().oauth2(BAODING).get(CASES + "?stage=CITY_FINANCE&status=OPEN&size=200").then().statusCode(200)
                .body("id", hasItem(caseId));
        post(BAODING, caseId, "decision", "{\"grade\":\"优\"}").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("grade", equalTo("优")).body("decidedBy", equalTo("zhao.liu"));

        JsonNode finalApproval = awaitEvent(submissionId.toString(), "budget.review.approved.v1", caseId,
                e -> "CITY_FINANCE".equals(e.at("/data/stage").asText()));
        assertTrue(finalApproval.at("/data/finalApproval").asBoolean());
        assertEquals("zhao.liu", finalApproval.at("/data/decidedBy").asText());
        assertEquals(submissionId.toString(), finalApproval.at("/data/submissionId").asText());

        post(BAODING, caseId, "decision", "{\"grade\":\"优\"}").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("CASE_ALREADY_DECIDED"));
    }

    @Test
    void returnWithAnchoredCommentsThenResubmissionShowsWhatChanged() throws Exception {
        UUID submissionId = UUID.randomUUID();
        String first = openCase(submissionId, 1, "职业培训补贴", "≥1000人", "WARNING");
        given().auth().oauth2(MANCHENG).get(CASES + "/" + first).then().statusCode(200)
                .body("stages", contains("COUNTY_FINANCE"));

        post(MANCHENG, first, "comments", "{\"path\":\"/projects/0/indicators/0\",\"text\":\"新增就业人数低于上年实际\"}")
                .then().statusCode(201).body("path", equalTo("/projects/0/indicators/0")).body("author", equalTo("li.si"));
        post(MANCHENG, first, "comments", "{\"path\":\"projects/0\",\"text\":\"x\"}").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("/path"));
        post(MANCHENG, first, "comments", "{\"path\":\"/projects/3\",\"text\":\"x\"}").then().statusCode(422)
                .body("violations[0].message", equalTo("申报中没有第 4 个项目"));
        post(MANCHENG, first, "decision", "{\"grade\":\"中\"}").then().statusCode(422)
                .body("violations[0].field", equalTo("/returnReasons"));
        post(MANCHENG, first, "decision", "{\"grade\":\"甲\"}").then().statusCode(422)
                .body("violations[0].field", equalTo("/grade"));
        post(MANCHENG, first, "decision", "{\"grade\":\"中\",\"returnReasons\":[{\"code\":\"太差\"}]}").then().statusCode(422)
                .body("violations[0].field", equalTo("/returnReasons/0/code"));

        post(MANCHENG, first, "decision", """
                {"grade":"中","returnReasons":[{"code":"指标值偏低","path":"/projects/0/indicators/0","text":"应不低于1524人"}],
                 "note":"请修改后重新报送"}""").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("grade", equalTo("中")).body("allowedActions", empty());

        JsonNode returned = awaitEvent(submissionId.toString(), "budget.review.returned.v1", first, e -> true);
        JsonNode data = returned.get("data");
        assertEquals(submissionId.toString(), data.get("submissionId").asText());
        assertEquals(1, data.get("submissionVersion").asInt());
        assertEquals("COUNTY_FINANCE", data.get("stage").asText());
        assertEquals("中", data.get("grade").asText());
        assertEquals("li.si", data.get("decidedBy").asText());
        assertFalse(data.get("decidedAt").asText().isEmpty());
        assertFalse(data.has("finalApproval"));
        List<String> comments = new ArrayList<>();
        data.get("comments").forEach(c -> comments.add(c.get("path").asText() + "|" + c.get("text").asText() + "|"
                + (c.get("reason").isNull() ? "null" : c.get("reason").asText())));
        assertEquals(List.of("/projects/0/indicators/0|新增就业人数低于上年实际|null",
                "/projects/0/indicators/0|应不低于1524人|指标值偏低", "|请修改后重新报送|null"), comments);

        // the county revises and submits version 2
        KafkaProbe.send("budget.submissions", submissionId.toString(),
                submitted(submissionId, 2, "职业培训补贴", "≥1524人", "WARNING"));
        String second = awaitCase(submissionId, 2);
        given().auth().oauth2(MANCHENG).get(CASES + "/" + second).then().statusCode(200)
                .body("previousCaseId", equalTo(first)).body("status", equalTo("OPEN"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + first).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + second + "/changes").then().statusCode(200)
                .body("previousCaseId", equalTo(first)).body("previousVersion", equalTo(1)).body("submissionVersion", equalTo(2))
                .body("changes.size()", equalTo(1))
                .body("changes[0].kind", equalTo("CHANGED")).body("changes[0].path", equalTo("/projects/0/indicators/0"))
                .body("changes[0].indicator", equalTo("城镇新增就业人数")).body("changes[0].field", equalTo("value"))
                .body("changes[0].before", equalTo("≥1000人")).body("changes[0].after", equalTo("≥1524人"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + first + "/changes").then().statusCode(200)
                .body("changes", empty());
        post(MANCHENG, second, "decision", "{\"grade\":\"优\"}").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void twoReviewersDecidingAtOnceOneWinsTheOtherGets409() throws Exception {
        for (int round = 0; round < 3; round++) {
            String caseId = simpleCase();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (String token : List.of(MANCHENG, MANCHENG_2)) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return post(token, caseId, "decision", "{\"grade\":\"优\"}").then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                statuses.sort(Integer::compare);
                assertEquals(List.of(200, 409), statuses);
            } finally {
                pool.shutdownNow();
            }
            given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId + "/audit").then().statusCode(200)
                    .body("findAll { it.action == 'DECIDED' }.size()", equalTo(1));
        }
    }

    @Test
    void reviewersActOnlyInTheirRegionAndAtTheirLevel() {
        String caseId = simpleCase();
        String decision = "{\"grade\":\"优\"}";
        for (Response answer : List.of(post(JINGXIU, caseId, "claim", null),
                post(JINGXIU, caseId, "assign", "{\"assignee\":\"wang.wu\"}"),
                post(JINGXIU, caseId, "comments", "{\"path\":\"\",\"text\":\"x\"}"),
                post(JINGXIU, caseId, "decision", decision),
                given().auth().oauth2(JINGXIU).get(CASES + "/" + caseId + "/changes"),
                given().auth().oauth2(JINGXIU).get(CASES + "/" + caseId + "/audit"),
                given().auth().oauth2(JINGXIU).get(CASES + "/" + caseId + "/audit/verification"))) {
            answer.then().statusCode(403).contentType("application/problem+json").body("code", equalTo("REGION_NOT_COVERED"));
        }
        given().auth().oauth2(JINGXIU).contentType(ContentType.JSON).body("{\"caseIds\":[\"" + caseId + "\"]}")
                .post(CASES + "/bulk-approval").then().statusCode(200)
                .body("[0].outcome", equalTo("REGION_NOT_COVERED")).body("[0].status", equalTo(403));
        given().auth().oauth2(JINGXIU).get(CASES + "?region=130607").then().statusCode(403);

        // the city bureau covers the county but does not act at the county stage
        for (Response answer : List.of(post(BAODING, caseId, "claim", null),
                post(BAODING, caseId, "comments", "{\"path\":\"\",\"text\":\"x\"}"),
                post(BAODING, caseId, "decision", decision))) {
            answer.then().statusCode(403).body("code", equalTo("STAGE_LEVEL_MISMATCH"));
        }
        String submitter = TestTokens.user("clerk").roles("submitter").region("130607").sign();
        post(submitter, caseId, "decision", decision).then().statusCode(403);
        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("grade", nullValue());
        given().auth().oauth2(BAODING).get(CASES + "?region=130607&size=200").then().statusCode(200).body("id", hasItem(caseId));
    }

    @Test
    void auditChainVerifiesAndDetectsATamperedRow() throws Exception {
        String caseId = simpleCase();
        post(MANCHENG, caseId, "claim", null).then().statusCode(200);
        post(MANCHENG, caseId, "assign", "{\"assignee\":\"zhang.san\"}").then().statusCode(200);
        post(MANCHENG, caseId, "comments", "{\"path\":\"/projects/0\",\"text\":\"预算测算依据不足\"}").then().statusCode(201);

        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId + "/audit").then().statusCode(200)
                .body("action", contains("OPENED", "CLAIMED", "ASSIGNED", "COMMENTED"))
                .body("seq", contains(1, 2, 3, 4)).body("[1].actor", equalTo("li.si"))
                .body("[0].previousHash", equalTo("0".repeat(64))).body("[2].detail.assignee", equalTo("zhang.san"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId + "/audit/verification").then().statusCode(200)
                .body("valid", equalTo(true)).body("brokenAt", nullValue());

        try (Connection connection = dataSource.getConnection()) {
            // append-only: the database itself refuses changes
            try (PreparedStatement update = connection.prepareStatement(
                    "update audit_entry set actor = 'mallory' where case_id = ? and seq = 2")) {
                update.setObject(1, UUID.fromString(caseId));
                assertThrows(SQLException.class, update::executeUpdate);
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from audit_entry where case_id = ?")) {
                delete.setObject(1, UUID.fromString(caseId));
                assertThrows(SQLException.class, delete::executeUpdate);
            }
            // someone with owner rights switches the trigger off and rewrites a row
            try (Statement statement = connection.createStatement()) {
                statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update audit_entry set detail = jsonb_set(detail, '{assignee}', '\"mallory\"') where case_id = ? and seq = 3")) {
                update.setObject(1, UUID.fromString(caseId));
                assertEquals(1, update.executeUpdate());
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
                }
            }
        }
        given().auth().oauth2(MANCHENG).get(CASES + "/" + caseId + "/audit/verification").then().statusCode(200)
                .body("valid", equalTo(false)).body("brokenAt", equalTo(3));
    }

    @Test
    void bulkApprovalApprovesCleanCasesOnlyAndQueueFiltersWork() throws Exception {
        String clean = simpleCase();
        String withError = openCase(UUID.randomUUID(), 1, "职业培训补贴", "≥1000人", "ERROR");
        String commented = simpleCase();
        post(MANCHENG, commented, "comments", "{\"path\":\"/\",\"text\":\"请补充绩效目标\"}").then().statusCode(201);
        String twoStage = openCase(UUID.randomUUID(), 1, "冀财社〔2024〕12号", "≥1000人", "WARNING");
        UUID unknown = UUID.randomUUID();

        given().auth().oauth2(MANCHENG).get(CASES + "?hasErrors=true&size=200").then().statusCode(200)
                .body("id", hasItem(withError)).body("id", not(hasItem(clean)));
        given().auth().oauth2(MANCHENG).get(CASES + "?hasErrors=false&sort=qualityScore&order=asc&size=200")
                .then().statusCode(200).body("id", hasItem(clean)).body("id", not(hasItem(withError)));
        given().auth().oauth2(MANCHENG).get(CASES + "?grade=良&sort=dueAt&size=200").then().statusCode(200)
                .body("id", hasItem(clean));
        given().auth().oauth2(MANCHENG).get(CASES + "?sort=name").then().statusCode(422)
                .body("violations[0].field", equalTo("/sort"));

        // a case past its due date is marked overdue
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update review_case set due_at = now() - interval '1 day' where id = ?")) {
            update.setObject(1, UUID.fromString(commented));
            update.executeUpdate();
        }
        given().auth().oauth2(MANCHENG).get(CASES + "/" + commented).then().statusCode(200).body("overdue", equalTo(true));
        given().auth().oauth2(MANCHENG).get(CASES + "?overdue=true&size=200").then().statusCode(200)
                .body("id", hasItem(commented)).body("id", not(hasItem(clean)));

        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON)
                .body("{\"caseIds\":[\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"]}".formatted(clean, withError, commented, twoStage, unknown))
                .post(CASES + "/bulk-approval").then().statusCode(200)
                .body("caseId", contains(clean, withError, commented, twoStage, unknown.toString()))
                .body("outcome", contains("APPROVED", "SKIPPED_NOT_CLEAN", "SKIPPED_NOT_CLEAN", "STAGE_APPROVED", "NOT_FOUND"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + clean).then().body("status", equalTo("APPROVED"))
                .body("grade", equalTo("优"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + withError).then().body("status", equalTo("OPEN"));
        given().auth().oauth2(MANCHENG).get(CASES + "/" + twoStage).then().body("stage", equalTo("CITY_FINANCE"));
        String submissionOfClean = given().auth().oauth2(MANCHENG).get(CASES + "/" + clean).then().extract().path("submissionId");
        JsonNode approved = awaitEvent(submissionOfClean, "budget.review.approved.v1", clean, e -> true);
        assertTrue(approved.at("/data/finalApproval").asBoolean());
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON).body("{\"caseIds\":[]}")
                .post(CASES + "/bulk-approval").then().statusCode(422);
    }
}
