package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Intake with the machine pre-review: findings at once, errors block submitting, retries and lost updates. */
@QuarkusTest
class MachineReviewIntakeTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String COUNTY = TestTokens.user("xinqu-finance").roles("submitter").region("130607").sign();

    static Response post(String body) {
        return given().auth().oauth2(COUNTY).contentType(ContentType.JSON).body(body).when().post("/api/v1/submissions");
    }

    @Test
    void defectsAreStoredAndFlaggedAtOnceAndErrorsBlockSubmitting() {
        String department = SubmissionDocuments.departmentCode();
        String id = post(SubmissionDocuments.defective("130607", department))
                .then().statusCode(201)
                .body("findings.ruleCode", hasItems("FUNDING_SUM_MISMATCH", "MISSING_LEVEL1", "GOAL_PLACEHOLDER",
                        "VAGUE_BASIS", "LEVEL_SYNONYM", "BLANK_INDICATOR_ROW", "MISSING_OUTPUT_LEVEL2"))
                .body("findings.find { it.ruleCode == 'FUNDING_SUM_MISMATCH' }.path", equalTo("/projects/0/budget/total"))
                .body("findings.find { it.ruleCode == 'FUNDING_SUM_MISMATCH' }.severity", equalTo("ERROR"))
                .body("qualityScore", lessThan(75)).body("suggestedGrade", isOneOf("中", "差"))
                .extract().path("id");

        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("SUBMISSION_HAS_ERRORS"))
                .body("violations.field", hasItem("/document/projects/0/budget/total"))
                .body("violations.message", everyItem(startsWith("[")));
        given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id).then().body("status", equalTo("DRAFT"));

        // the county fixes everything and posts version 2: clean, so it can be handed in
        post(SubmissionDocuments.body("130607", department, "维护社会稳定")).then().statusCode(201)
                .body("version", equalTo(2)).body("findings", org.hamcrest.Matchers.empty()).body("qualityScore", equalTo(100));
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void theSubmittedEventCarriesParsedValuesAndTheReview() throws Exception {
        String department = SubmissionDocuments.departmentCode();
        String id = post(SubmissionDocuments.body("130607", department, "稳就业")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(COUNTY).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(200);
        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.submissions", r -> id.equals(r.key()),
                Duration.ofSeconds(20));
        JsonNode data = new ObjectMapper().readTree(record.value()).get("data");
        assertEquals(100, data.get("qualityScore").asInt());
        assertEquals("优", data.get("suggestedGrade").asText());
        JsonNode first = data.get("values").get(0);
        assertEquals("/projects/0/indicators/0/value", first.get("path").asText());
        assertEquals("QUANTITATIVE", first.get("kind").asText());
        assertEquals("GE", first.get("operator").asText());
        assertEquals(0, first.get("number").decimalValue().compareTo(new java.math.BigDecimal("1524")));
        assertEquals("人", first.get("unit").asText());
        assertEquals("%", data.get("values").get(1).get("unit").asText());
    }

    @Test
    void dryRunReviewsWithoutStoring() {
        String department = SubmissionDocuments.departmentCode();
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON).body(SubmissionDocuments.defective("130607", department))
                .when().post("/api/v1/submissions?dryRun=true")
                .then().statusCode(200).body("stored", equalTo(false))
                .body("findings.ruleCode", hasItem("FUNDING_SUM_MISMATCH"));
        given().auth().oauth2(COUNTY).when().get("/api/v1/submissions?size=200")
                .then().body("departmentCode", not(hasItem(department)));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesNothingNew() {
        String department = SubmissionDocuments.departmentCode();
        String key = UUID.randomUUID().toString();
        String body = SubmissionDocuments.body("130607", department, "稳就业");
        String id = given().auth().oauth2(COUNTY).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions").then().statusCode(201).body("version", equalTo(1))
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        given().auth().oauth2(COUNTY).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions").then().statusCode(201).body("id", equalTo(id))
                .body("version", equalTo(1)).header("Idempotent-Replayed", equalTo("true"));
        given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id).then().body("currentVersion", equalTo(1));
        given().auth().oauth2(COUNTY).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "另一份内容"))
                .when().post("/api/v1/submissions").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void ifMatchProtectsAgainstLostUpdatesAndVersionsCanBeCompared() {
        String department = SubmissionDocuments.departmentCode();
        String id = post(SubmissionDocuments.body("130607", department, "稳就业")).then().statusCode(201).extract().path("id");
        String etag = given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id)
                .then().statusCode(200).extract().header("ETag");
        assertEquals("\"1-DRAFT\"", etag);
        // someone else posts version 2 in between
        post(SubmissionDocuments.body(2021, "130607", department, "稳就业", "1600", "≥1600人")).then().statusCode(201);
        given().auth().oauth2(COUNTY).header("If-Match", etag).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "我的修改"))
                .when().post("/api/v1/submissions").then().statusCode(412).body("code", equalTo("VERSION_CONFLICT"));
        given().auth().oauth2(COUNTY).header("If-Match", etag).when().post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(412);

        given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id + "/diff?from=1&to=2")
                .then().statusCode(200)
                .body("find { it.field == 'budget.total' }.before", equalTo("1574"))
                .body("find { it.field == 'budget.total' }.after", equalTo("1600"))
                .body("find { it.field == 'value' }.indicator", equalTo("城镇新增就业人数"))
                .body("find { it.field == 'value' }.path", equalTo("/projects/0/indicators/0/value"))
                .body("find { it.field == 'value' }.after", equalTo("≥1600人"));
        given().auth().oauth2(COUNTY).when().get("/api/v1/submissions/" + id + "/versions/2/values")
                .then().statusCode(200).body("[0].value.number", equalTo(1600));
    }

    @Test
    void absurdSizesAreRefusedWithAPointer() {
        StringBuilder projects = new StringBuilder();
        for (int i = 0; i < 301; i++) {
            projects.append(i == 0 ? "" : ",").append("{\"name\":\"项目").append(i).append("\"}");
        }
        given().auth().oauth2(COUNTY).contentType(ContentType.JSON)
                .body("""
                        {"fiscalYear":2021,"regionCode":"130607","departmentCode":"%s","departmentName":"人社局",
                         "document":{"projects":[%s]}}""".formatted(SubmissionDocuments.departmentCode(), projects))
                .when().post("/api/v1/submissions")
                .then().statusCode(422).body("violations[0].field", equalTo("/document/projects"));
    }
}
