package com.budgetperf.report;

import static com.budgetperf.report.CubeEvents.project;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Crash test (c): a submission whose amounts overflow the report columns (10^13 万元) is on the topic; a rebuild
 * reports it (position and reason) and skips it instead of failing, and live submissions sent while the rebuild runs
 * all arrive in the read model.
 */
@QuarkusTest
class RebuildUnderFaultsTest {

    private static final int LIVE = 30;

    @Test
    void anOverflowingEventIsReportedAndSkippedAndNoLiveEventIsLostDuringARebuild() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        new Submission(year, "130607").projects(project("H", "超大项目", "10000000000000", "10000000000000", "0")).send();
        new Submission(year, "130602").projects(project("A", "正常项目", "5", "5", "0")).send();
        String province = TestTokens.user("analyst.13").roles("analyst").region("13").sign();
        Map<String, String> submissions = Map.of("measures", "submissions", "cut", "fiscal_year:" + year);
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(province)
                .queryParams(submissions).when().get(CubeApiTest.AGGREGATE).then().statusCode(200)
                .body("summary.submissions", equalTo(1)));

        String admin = TestTokens.user("admin.hebei").roles("admin").region("13").sign();
        CompletableFuture<String> rebuild = CompletableFuture.supplyAsync(() -> given().auth().oauth2(admin).when()
                .post(ReadModelRebuildTest.REBUILD).then().statusCode(200).extract().asString());
        for (int i = 0; i < LIVE; i++) {
            new Submission(year, i % 2 == 0 ? "130603" : "130604")
                    .projects(project("L" + i, "重建期间的项目", "1", "1", "0")).send();
        }
        JsonNode result = ReportEvents.JSON.readTree(rebuild.get());
        assertTrue(result.get("eventsRejected").asLong() >= 1, result.toString());
        assertTrue(result.get("rejected").toString().contains("exceeds the report columns"), result.toString());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(province)
                .queryParams(submissions).when().get(CubeApiTest.AGGREGATE).then().statusCode(200)
                .body("summary.submissions", equalTo(1 + LIVE)));
    }
}
