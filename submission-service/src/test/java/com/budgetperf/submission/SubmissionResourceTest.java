package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SubmissionResourceTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String MANCHENG_SYSTEM = TestTokens.user("mancheng-finance").roles("submitter").region("130607").sign();
    static final String LIANCHI_SYSTEM = TestTokens.user("lianchi-finance").roles("submitter").region("130606").sign();
    static final String BAODING_REVIEWER = TestTokens.user("baoding.reviewer").roles("reviewer").region("1306").sign();

    @Test
    void onlyASubmitterOfTheRegionMayPostAndRead() {
        String department = SubmissionDocuments.departmentCode();
        String body = SubmissionDocuments.body("130607", department, "稳就业");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/submissions").then().statusCode(401);
        given().auth().oauth2(BAODING_REVIEWER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions").then().statusCode(403);
        given().auth().oauth2(LIANCHI_SYSTEM).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("REGION_NOT_COVERED"));

        String id = given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions")
                .then().statusCode(201).body("version", equalTo(1)).body("status", equalTo("DRAFT"))
                .extract().path("id");

        given().auth().oauth2(MANCHENG_SYSTEM).when().get("/api/v1/submissions/" + id)
                .then().statusCode(200)
                .body("departmentName", equalTo("保定市满城区人力资源和社会保障局"))
                .body("document.projects[0].indicators[0].value.raw", equalTo("≥1524人"))
                .body("document.projects[0].budget.total.toString()", equalTo("1574"));
        given().auth().oauth2(BAODING_REVIEWER).when().get("/api/v1/submissions/" + id).then().statusCode(200);
        given().auth().oauth2(LIANCHI_SYSTEM).when().get("/api/v1/submissions/" + id)
                .then().statusCode(403).body("code", equalTo("REGION_NOT_COVERED"));
        given().auth().oauth2(LIANCHI_SYSTEM).when().get("/api/v1/submissions?size=200")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(BAODING_REVIEWER).when().get("/api/v1/submissions?size=200&fiscalYear=2021")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void everyPostIsANewVersionAndOlderVersionsStayReadable() {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "第一稿"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "第二稿"))
                .when().post("/api/v1/submissions")
                .then().statusCode(201).body("id", equalTo(id)).body("version", equalTo(2));
        given().auth().oauth2(MANCHENG_SYSTEM).when().get("/api/v1/submissions/" + id + "/versions/1")
                .then().statusCode(200).body("document.overallGoal", equalTo("第一稿"));
        given().auth().oauth2(MANCHENG_SYSTEM).when().get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("currentVersion", equalTo(2)).body("document.overallGoal", equalTo("第二稿"));
        given().auth().oauth2(MANCHENG_SYSTEM).when().get("/api/v1/submissions/" + id + "/versions/3")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void submittingPublishesAFullSnapshotAndLocksTheSubmission() throws Exception {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "稳就业保民生"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(LIANCHI_SYSTEM).when().post("/api/v1/submissions/" + id + "/submit").then().statusCode(403);
        given().auth().oauth2(MANCHENG_SYSTEM).when().post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("statusLabel", equalTo("已报送"));

        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.submissions",
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertEquals("budget.submission.submitted.v1", event.get("type").asText());
        assertEquals(id, event.get("subject").asText());
        assertEquals("130607", event.at("/data/regionCode").asText());
        assertEquals(1, event.at("/data/version").asInt());
        assertEquals("城镇新增就业人数", event.at("/data/document/projects/0/indicators/0/name").asText());

        given().auth().oauth2(MANCHENG_SYSTEM).when().post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(409).body("code", equalTo("SUBMISSION_NOT_SUBMITTABLE"));
        given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "改一下"))
                .when().post("/api/v1/submissions").then().statusCode(409).body("code", equalTo("SUBMISSION_LOCKED"));
    }

    @Test
    void malformedDocumentGetsAFieldLevelProblemAndStoresNothing() {
        String department = SubmissionDocuments.departmentCode();
        given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON)
                .body("""
                        {"fiscalYear":"二〇二一","regionCode":"130607","departmentCode":"%s","departmentName":"人社局","document":{}}"""
                        .formatted(department))
                .when().post("/api/v1/submissions")
                .then().statusCode(422).contentType("application/problem+json").body("violations[0].field", equalTo("/fiscalYear"));
        given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON)
                .body("""
                        {"fiscalYear":1999,"regionCode":"1306","departmentCode":"%s","departmentName":""}""".formatted(department))
                .when().post("/api/v1/submissions")
                .then().statusCode(422)
                .body("violations.field", contains("/departmentName", "/document", "/fiscalYear", "/regionCode"))
                .body("violations.find { it.field == '/regionCode' }.message", equalTo("行政区划代码应为 6 位数字（县级），如 130607"));
        given().auth().oauth2(MANCHENG_SYSTEM).when().get("/api/v1/submissions?size=200")
                .then().statusCode(200).body("departmentCode", not(hasItem(department)));
    }

    @Test
    void everyReadOfAnotherCountyIsRefusedAndUnknownRegionsAreInvalid() {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(MANCHENG_SYSTEM).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "稳就业"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        for (String path : new String[] { "", "/versions/1", "/versions/1/values", "/diff?from=1&to=1", "/review-notes" }) {
            given().auth().oauth2(LIANCHI_SYSTEM).when().get("/api/v1/submissions/" + id + path)
                    .then().statusCode(403).body("code", equalTo("REGION_NOT_COVERED"));
            given().auth().oauth2(BAODING_REVIEWER).when().get("/api/v1/submissions/" + id + path).then().statusCode(200);
        }
        given().auth().oauth2(LIANCHI_SYSTEM).when().post("/api/v1/submissions/" + id + "/withdraw").then().statusCode(403);
        given().auth().oauth2(MANCHENG_SYSTEM).when().post("/api/v1/submissions/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("statusLabel", equalTo("已撤回"));
        given().auth().oauth2(MANCHENG_SYSTEM).when().post("/api/v1/submissions/" + id + "/withdraw")
                .then().statusCode(409).body("code", equalTo("SUBMISSION_NOT_WITHDRAWABLE"));

        String outsideTheProvince = TestTokens.user("beijing").roles("submitter").region("11").sign();
        given().auth().oauth2(outsideTheProvince).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("110101", department, "稳就业"))
                .when().post("/api/v1/submissions")
                .then().statusCode(422).body("violations[0].field", equalTo("/regionCode"));
        String province = TestTokens.user("hebei").roles("submitter").region("13").sign();
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("139901", department, "稳就业"))
                .when().post("/api/v1/submissions")
                .then().statusCode(422).body("violations[0].message", org.hamcrest.Matchers.containsString("1399"));
    }
}
