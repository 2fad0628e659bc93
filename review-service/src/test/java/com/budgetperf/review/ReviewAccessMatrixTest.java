package com.budgetperf.review;

import static com.budgetperf.platform.testing.AccessMatrix.ANY_REGION;
import static com.budgetperf.platform.testing.AccessMatrix.COVERING;
import static com.budgetperf.platform.testing.AccessMatrix.OWN_COUNTY;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.AccessMatrix;
import com.budgetperf.platform.testing.AccessMatrix.Call;
import com.budgetperf.platform.testing.AccessMatrix.Caller;
import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The review API and the reviewers' web UI, every operation of the OpenAPI document, as each caller of the matrix.
 * The cases are the own county's (130607) and wait at the county stage: every region covering them reads them,
 * only the county's own reviewers act on them. Each action runs on a fresh case.
 */
@QuarkusTest
class ReviewAccessMatrixTest {

    static final String CASES = "/api/v1/review-cases";
    /** A fiscal year no other test uses, so the matrix's cases are the only ones of the year. */
    static final int YEAR = 2031;
    static final String COUNTY_REVIEWER = TestTokens.user("matrix.reviewer").roles("reviewer").region(OWN_COUNTY).sign();
    static final EnumSet<Caller> COUNTY_STAGE_ACTORS = EnumSet.of(Caller.OWN_COUNTY);

    static String event(UUID submissionId) {
        return """
                {"specversion":"1.0","id":"%1$s","source":"/budget/submission-service",
                 "type":"budget.submission.submitted.v1","time":"2031-01-10T08:00:01Z","subject":"%2$s",
                 "datacontenttype":"application/json",
                 "data":{"submissionId":"%2$s","fiscalYear":%3$d,"regionCode":"%4$s","departmentCode":"356001",
                         "departmentName":"保定市满城区人力资源和社会保障局","version":1,"status":"SUBMITTED",
                         "submittedAt":"2031-01-10T08:00:00Z","submittedBy":"county-system",
                         "document":{"projects":[{"code":"P001","name":"就业补助资金","indicators":[{"name":"城镇新增就业人数"}]}]},
                         "findings":[]}}""".formatted(UUID.randomUUID(), submissionId, YEAR, OWN_COUNTY);
    }

    /** Opens {@code count} cases of the own county through the submissions topic; their ids once all are open. */
    static Deque<String> openCases(int count) {
        Map<String, UUID> submissions = new HashMap<>();
        for (int i = 0; i < count; i++) {
            UUID submissionId = UUID.randomUUID();
            submissions.put(submissionId.toString(), submissionId);
            KafkaProbe.send("budget.submissions", submissionId.toString(), event(submissionId));
        }
        Map<String, String> caseBySubmission = new HashMap<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<Map<String, Object>> listed = given().auth().oauth2(COUNTY_REVIEWER)
                    .get(CASES + "?fiscalYear=" + YEAR + "&size=200").then().statusCode(200).extract().jsonPath().getList("$");
            listed.stream().filter(c -> submissions.containsKey((String) c.get("submissionId")))
                    .forEach(c -> caseBySubmission.put((String) c.get("submissionId"), (String) c.get("id")));
            return caseBySubmission.size() == count;
        });
        return new ArrayDeque<>(caseBySubmission.values());
    }

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() {
        AccessMatrix matrix = new AccessMatrix(RestAssured.port).reliabilityOperations();
        int actions = 10;
        Deque<String> fresh = openCases(actions * Caller.values().length);
        String read = openCases(1).pop();
        Supplier<String> next = fresh::pop;

        // REST API
        matrix.operation("GET /api/v1/review-cases").role("reviewer").wrongRole("submitter").allow(ANY_REGION)
                .call(caller -> Call.of().query("fiscalYear", YEAR).query("size", 200))
                .reaches(COVERING, response -> response.jsonPath().getList("id").contains(read));
        matrix.operation("GET /api/v1/review-cases/{id}").role("reviewer").wrongRole("analyst").allow(COVERING)
                .call(caller -> Call.of().path("id", read));
        matrix.operation("GET /api/v1/review-cases/{id}/changes").role("reviewer").wrongRole("submitter").allow(COVERING)
                .call(caller -> Call.of().path("id", read));
        matrix.operation("GET /api/v1/review-cases/{id}/audit").role("reviewer").wrongRole("analyst").allow(COVERING)
                .call(caller -> Call.of().path("id", read));
        matrix.operation("GET /api/v1/review-cases/{id}/audit/verification").role("reviewer").wrongRole("admin")
                .allow(COVERING).call(caller -> Call.of().path("id", read));
        matrix.operation("POST /api/v1/review-cases/{id}/claim").role("reviewer").wrongRole("submitter")
                .allow(COUNTY_STAGE_ACTORS).call(caller -> Call.of().path("id", next.get()));
        matrix.operation("POST /api/v1/review-cases/{id}/assign").role("reviewer").wrongRole("submitter")
                .allow(COUNTY_STAGE_ACTORS)
                .call(caller -> Call.of().path("id", next.get()).json("{\"assignee\":\"matrix.colleague\"}"));
        matrix.operation("POST /api/v1/review-cases/{id}/comments").role("reviewer").wrongRole("analyst")
                .allow(COUNTY_STAGE_ACTORS).call(caller -> Call.of().path("id", next.get())
                        .json("{\"path\":\"/projects/0\",\"text\":\"请补充绩效指标\"}"));
        matrix.operation("POST /api/v1/review-cases/{id}/decision").role("reviewer").wrongRole("submitter")
                .allow(COUNTY_STAGE_ACTORS).call(caller -> Call.of().path("id", next.get()).json("{\"grade\":\"良\"}"));
        matrix.operation("POST /api/v1/review-cases/{id}/projects/{index}/verdict").role("reviewer").wrongRole("submitter")
                .allow(COUNTY_STAGE_ACTORS).call(caller -> Call.of().path("id", next.get()).path("index", 0)
                        .json("{\"verdict\":\"通过\"}"));
        matrix.operation("POST /api/v1/review-cases/bulk-approval").role("reviewer").wrongRole("submitter")
                .allow(ANY_REGION).call(caller -> Call.of().json("{\"caseIds\":[\"" + next.get() + "\"]}"))
                .reaches(COUNTY_STAGE_ACTORS, response -> response.jsonPath().getInt("[0].status") == 200);

        // the reviewers' web UI (code-flow tenant: a browser without a session is sent to the login page)
        matrix.operation("GET /").role("reviewer").wrongRole("submitter").allow(EnumSet.allOf(Caller.class))
                .status(Caller.ANONYMOUS, 303).browserRoute().call(caller -> Call.of());
        matrix.operation("GET /ui/cases").role("reviewer").wrongRole("submitter").allow(ANY_REGION).browserRoute()
                .call(caller -> Call.of().query("fiscalYear", YEAR).query("size", 200))
                .reaches(COVERING, response -> response.asString().contains(read));
        matrix.operation("GET /ui/cases/{id}").role("reviewer").wrongRole("analyst").allow(COVERING).browserRoute()
                .call(caller -> Call.of().path("id", read));
        matrix.operation("POST /ui/cases/{id}/claim").role("reviewer").wrongRole("submitter").allow(COUNTY_STAGE_ACTORS)
                .browserRoute().call(caller -> Call.of().withCsrf().path("id", next.get()));
        matrix.operation("POST /ui/cases/{id}/comments").role("reviewer").wrongRole("analyst").allow(COUNTY_STAGE_ACTORS)
                .browserRoute().call(caller -> Call.of().withCsrf().path("id", next.get()).form("path", "/projects/0")
                        .form("text", "请补充绩效指标"));
        matrix.operation("POST /ui/cases/{id}/decision").role("reviewer").wrongRole("submitter").allow(COUNTY_STAGE_ACTORS)
                .browserRoute().call(caller -> Call.of().withCsrf().path("id", next.get()).form("grade", "良"));
        matrix.operation("POST /ui/cases/{id}/projects/{index}/verdict").role("reviewer").wrongRole("submitter")
                .allow(COUNTY_STAGE_ACTORS).browserRoute()
                .call(caller -> Call.of().withCsrf().path("id", next.get()).path("index", 0).form("verdict", "通过"));

        // the audit chain's checkpoints: province administrators (the chain spans every county)
        matrix.operation("GET /api/v1/audit/checkpoints").role("admin").wrongRole("reviewer").allow(Caller.PROVINCE)
                .call(caller -> Call.of());
        matrix.operation("POST /api/v1/audit/checkpoints/verification").role("admin").wrongRole("reviewer")
                .allow(Caller.PROVINCE).call(caller -> Call.of().json("[]"));

        int calls = matrix.run();
        assertEquals(matrix.size() * Caller.values().length, calls);
    }
}
