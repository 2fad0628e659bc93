package com.budgetperf.submission;

import static com.budgetperf.platform.testing.AccessMatrix.ANY_REGION;
import static com.budgetperf.platform.testing.AccessMatrix.COVERING;
import static com.budgetperf.platform.testing.AccessMatrix.OWN_COUNTY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.AccessMatrix;
import com.budgetperf.platform.testing.AccessMatrix.Call;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Every operation of the OpenAPI document called as the own county (满城区 130607), a sibling county, the own city,
 * another city, the province, a token without {@code region}, a wrong role and no token. The data reached is the
 * own county's; writes that would change it run as dry runs or on a fresh submission per call.
 */
@QuarkusTest
class SubmissionAccessMatrixTest {

    static final String SUBMISSIONS = "/api/v1/submissions";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String COUNTY_SYSTEM = TestTokens.user("mancheng.system").roles("submitter").region(OWN_COUNTY).sign();

    /** A stored draft of the own county: a new department each time. */
    static String draft() {
        String department = SubmissionDocuments.departmentCode();
        return given().auth().oauth2(COUNTY_SYSTEM).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(SubmissionDocuments.body(OWN_COUNTY, department, "稳就业"))
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id");
    }

    static String submitted() {
        String id = draft();
        given().auth().oauth2(COUNTY_SYSTEM).post(SUBMISSIONS + "/" + id + "/submit").then().statusCode(200);
        return id;
    }

    /**
     * The matrix's webhooks point nowhere: left registered, every later change of the province would queue deliveries
     * that fail and are retried, ahead of other tests' deliveries in the same JVM.
     */
    static void removeEveryWebhook() {
        String province = TestTokens.user("matrix.cleanup").roles("submitter").region("13").sign();
        List<String> ids = given().auth().oauth2(province).get("/api/v1/webhooks").then().statusCode(200)
                .extract().jsonPath().getList("id");
        ids.forEach(webhook -> given().auth().oauth2(province).delete("/api/v1/webhooks/" + webhook).then().statusCode(204));
    }

    /** A webhook of the own county, registered by its finance system (tests may deliver to this machine). */
    static String webhook() {
        return given().auth().oauth2(COUNTY_SYSTEM).contentType(ContentType.JSON)
                .body("{\"url\":\"http://localhost:9/matrix-hook\"}").post("/api/v1/webhooks").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(COUNTY_SYSTEM).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(SubmissionDocuments.body(OWN_COUNTY, department, "第一稿"))
                .post(SUBMISSIONS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(COUNTY_SYSTEM).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(SubmissionDocuments.body(OWN_COUNTY, department, "第二稿"))
                .post(SUBMISSIONS).then().statusCode(201);
        byte[] form = given().auth().oauth2(COUNTY_SYSTEM)
                .queryParam("fiscalYear", 2021).queryParam("regionCode", OWN_COUNTY).queryParam("departmentCode", department)
                .get("/api/v1/submission-forms/template").then().statusCode(200).extract().asByteArray();

        AccessMatrix matrix = new AccessMatrix(RestAssured.port).reliabilityOperations();
        matrix.operation("POST /api/v1/submissions").role("submitter").wrongRole("reviewer").allow(COVERING)
                .call(caller -> Call.of().query("dryRun", true)
                        .json(SubmissionDocuments.body(OWN_COUNTY, SubmissionDocuments.departmentCode(), "试算")));
        matrix.operation("GET /api/v1/submissions").role("submitter").wrongRole("analyst").allow(ANY_REGION)
                .call(caller -> Call.of().query("size", 200).query("fiscalYear", 2021))
                .reaches(COVERING, response -> response.jsonPath().getList("id").contains(id));
        matrix.operation("GET /api/v1/submissions/{id}").role("reviewer").wrongRole("analyst").allow(COVERING)
                .call(caller -> Call.of().path("id", id));
        matrix.operation("GET /api/v1/submissions/{id}/versions/{version}").role("submitter").wrongRole("analyst")
                .allow(COVERING).call(caller -> Call.of().path("id", id).path("version", 1));
        matrix.operation("GET /api/v1/submissions/{id}/versions/{version}/values").role("reviewer").wrongRole("analyst")
                .allow(COVERING).call(caller -> Call.of().path("id", id).path("version", 2));
        matrix.operation("GET /api/v1/submissions/{id}/diff").role("submitter").wrongRole("catalog-admin")
                .allow(COVERING).call(caller -> Call.of().path("id", id).query("from", 1).query("to", 2));
        matrix.operation("GET /api/v1/submissions/{id}/review-notes").role("submitter").wrongRole("analyst")
                .allow(COVERING).call(caller -> Call.of().path("id", id));
        matrix.operation("POST /api/v1/submissions/{id}/submit").role("submitter").wrongRole("reviewer")
                .allow(COVERING).call(caller -> Call.of().path("id", draft()));
        matrix.operation("POST /api/v1/submissions/{id}/withdraw").role("submitter").wrongRole("reviewer")
                .allow(COVERING).call(caller -> Call.of().path("id", submitted()));
        matrix.operation("GET /api/v1/submission-forms/template").role("submitter").wrongRole("reviewer")
                .allow(COVERING).call(caller -> Call.of().query("fiscalYear", 2021).query("regionCode", OWN_COUNTY)
                        .query("departmentCode", department));
        matrix.operation("GET /api/v1/submission-forms/{id}/versions/{version}").role("reviewer").wrongRole("analyst")
                .allow(COVERING).call(caller -> Call.of().path("id", id).path("version", 2).query("reviewed", true));
        matrix.operation("POST /api/v1/submission-forms").role("submitter").wrongRole("reviewer").allow(COVERING)
                .call(caller -> Call.of().query("dryRun", true).body(form, XLSX));

        matrix.operation("POST /api/v1/submissions/checks").role("submitter").wrongRole("reviewer").allow(COVERING)
                .call(caller -> Call.of()
                        .json(SubmissionDocuments.body(OWN_COUNTY, SubmissionDocuments.departmentCode(), "检查")));
        // the change feed and the webhooks: each caller's own region (a feed or a webhook list is never refused,
        // it is filtered; another region's webhook is 403)
        matrix.operation("GET /api/v1/submissions/changes").role("reviewer").wrongRole("analyst").allow(ANY_REGION)
                .call(caller -> Call.of().query("limit", 5));
        String webhook = webhook();
        matrix.operation("POST /api/v1/webhooks").role("submitter").wrongRole("reviewer").allow(ANY_REGION)
                .call(caller -> Call.of().json("{\"url\":\"http://localhost:9/matrix-" + caller.name().toLowerCase() + "\"}"));
        matrix.operation("GET /api/v1/webhooks").role("submitter").wrongRole("reviewer").allow(ANY_REGION)
                .call(caller -> Call.of()).reaches(COVERING, response -> response.jsonPath().getList("id").contains(webhook));
        matrix.operation("GET /api/v1/webhooks/{id}/deliveries").role("submitter").wrongRole("analyst").allow(COVERING)
                .call(caller -> Call.of().path("id", webhook));
        matrix.operation("DELETE /api/v1/webhooks/{id}").role("submitter").wrongRole("reviewer").allow(COVERING)
                .call(caller -> Call.of().path("id", webhook()));

        // the county clerks' pages (code-flow tenant: a browser without a session is sent to the login page)
        String returned = ClerkUiTest.returnedWithComment("请量化（权限矩阵）");
        String note = ClerkUiTest.noteId(returned);
        matrix.operation("GET /").role("submitter").wrongRole("reviewer").allow(EnumSet.allOf(AccessMatrix.Caller.class))
                .status(AccessMatrix.Caller.ANONYMOUS, 303).browserRoute().call(caller -> Call.of());
        matrix.operation("GET /ui/submissions").role("submitter").wrongRole("reviewer").allow(ANY_REGION).browserRoute()
                .call(caller -> Call.of().query("fiscalYear", 2021))
                .reaches(COVERING, response -> response.asString().contains(returned));
        matrix.operation("GET /ui/submissions/{id}").role("submitter").wrongRole("reviewer").allow(COVERING)
                .browserRoute().call(caller -> Call.of().path("id", returned));
        matrix.operation("GET /ui/submissions/{id}/versions/{version}").role("submitter").wrongRole("analyst")
                .allow(COVERING).browserRoute().call(caller -> Call.of().path("id", returned).path("version", 1));
        matrix.operation("GET /ui/submissions/{id}/form").role("submitter").wrongRole("reviewer").allow(COVERING)
                .browserRoute().call(caller -> Call.of().path("id", returned));
        matrix.operation("GET /ui/submissions/{id}/versions/{version}/form").role("submitter").wrongRole("reviewer")
                .allow(COVERING).browserRoute().call(caller -> Call.of().path("id", returned).path("version", 1));
        matrix.operation("GET /ui/forms/blank").role("submitter").wrongRole("reviewer")
                .allow(AccessMatrix.Caller.OWN_COUNTY, AccessMatrix.Caller.SIBLING_COUNTY).browserRoute()
                .call(caller -> Call.of().query("fiscalYear", 2026).query("departmentCode", department));
        matrix.operation("POST /ui/submissions/{id}/submit").role("submitter").wrongRole("reviewer").allow(COVERING)
                .browserRoute().call(caller -> Call.of().withCsrf().path("id", draft()));
        matrix.operation("POST /ui/submissions/{id}/withdraw").role("submitter").wrongRole("reviewer").allow(COVERING)
                .browserRoute().call(caller -> Call.of().withCsrf().path("id", submitted()));
        matrix.operation("POST /ui/submissions/{id}/replies").role("submitter").wrongRole("analyst").allow(COVERING)
                .browserRoute().call(caller -> Call.of().withCsrf().path("id", returned).form("noteId", note)
                        .form("index", 1).form("text", "已修改（" + caller.name() + "）"));

        int calls;
        try {
            calls = matrix.run();
        } finally {
            removeEveryWebhook();
        }
        assertEquals(matrix.size() * AccessMatrix.Caller.values().length, calls);
    }
}
