package com.budgetperf.report;

import static com.budgetperf.platform.testing.AccessMatrix.ANY_REGION;
import static com.budgetperf.platform.testing.AccessMatrix.COVERING;
import static com.budgetperf.platform.testing.AccessMatrix.OWN_COUNTY;
import static com.budgetperf.report.ReportEvents.project;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.testing.AccessMatrix;
import com.budgetperf.platform.testing.AccessMatrix.Call;
import com.budgetperf.platform.testing.AccessMatrix.Caller;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.ReportEvents.Submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Every report, export, chart, the city report page and the read-model rebuild, as each caller of the matrix. The
 * data is one submission of the own county (130607) in a fiscal year of its own: every analyst gets an answer, but
 * only those whose region covers the county find its numbers in it.
 */
@QuarkusTest
class ReportAccessMatrixTest {

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() {
        int year = ReportEvents.freshFiscalYear();
        Submitted submitted = Submitted.of(year, OWN_COUNTY, List.of(project("P1", "12.5"), project("P2", "3")), 1, 1);
        submitted.send();
        String department = submitted.departmentCode();
        String province = TestTokens.user("matrix.province").roles("analyst").region("13").sign();
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(province)
                .get("/api/v1/reports/submissions?fiscalYear=" + year).then().statusCode(200).extract().jsonPath()
                .getList("rows.regionCode").contains(OWN_COUNTY));
        String cut = "fiscal_year:" + year;

        AccessMatrix matrix = new AccessMatrix(RestAssured.port).reliabilityOperations();
        matrix.operation("GET /api/v1/reports/submissions").role("analyst").wrongRole("submitter").allow(ANY_REGION)
                .call(caller -> Call.of().query("fiscalYear", year))
                .reaches(COVERING, response -> response.jsonPath().getList("rows.regionCode").contains(OWN_COUNTY));
        matrix.operation("GET /api/v1/reports/city").role("analyst").wrongRole("reviewer").allow(ANY_REGION)
                .call(caller -> Call.of().query("fiscalYear", year))
                .reaches(COVERING, response -> response.asString().contains("15.5"));
        matrix.operation("GET /api/v1/reports/departments/{departmentCode}/disclosure.xlsx").role("analyst")
                .wrongRole("submitter").allow(COVERING)
                .call(caller -> Call.of().path("departmentCode", department).query("fiscalYear", year));
        matrix.operation("GET /api/v1/reports/departments/{departmentCode}/disclosure.pdf").role("analyst")
                .wrongRole("reviewer").allow(COVERING)
                .call(caller -> Call.of().path("departmentCode", department).query("fiscalYear", year));
        matrix.operation("GET /api/v1/charts/review-progress.svg").role("analyst").wrongRole("submitter")
                .allow(ANY_REGION).call(caller -> Call.of().query("fiscalYear", year));
        matrix.operation("GET /api/v1/charts/review-progress.png").role("analyst").wrongRole("reviewer")
                .allow(ANY_REGION).call(caller -> Call.of().query("fiscalYear", year));
        matrix.operation("GET /api/v1/charts/{name}.svg").role("analyst").wrongRole("submitter").allow(ANY_REGION)
                .call(caller -> Call.of().path("name", "budget-by-county").query("fiscalYear", year))
                .reaches(COVERING, response -> response.asString().contains(">" + RegionCode.labelOf(OWN_COUNTY) + "<"));
        matrix.operation("GET /api/v1/charts/{name}.png").role("analyst").wrongRole("catalog-admin").allow(ANY_REGION)
                .call(caller -> Call.of().path("name", "grade-distribution").query("fiscalYear", year));
        matrix.operation("GET /api/v1/cube/aggregate").role("analyst").wrongRole("submitter").allow(ANY_REGION)
                .call(caller -> Call.of().query("measures", "budget_total").query("drilldown", "region_county")
                        .query("cut", cut))
                .reaches(COVERING, response -> response.asString().contains(OWN_COUNTY));
        matrix.operation("GET /api/v1/cube/facts").role("analyst").wrongRole("reviewer").allow(ANY_REGION)
                .call(caller -> Call.of().query("grain", "submission").query("cut", cut))
                .reaches(COVERING, response -> response.asString().contains(department));
        matrix.operation("GET /api/v1/cube/datapackage").role("analyst").wrongRole("submitter").allow(ANY_REGION)
                .call(caller -> Call.of().query("measures", "budget_total").query("drilldown", "region_county")
                        .query("cut", cut));
        matrix.operation("POST /api/v1/admin/read-model/rebuild").role("admin").wrongRole("analyst")
                .allow(Caller.PROVINCE);
        matrix.operation("GET /api/v1/audit-checkpoints").role("admin").wrongRole("analyst").allow(Caller.PROVINCE)
                .call(caller -> Call.of());
        matrix.operation("GET /reports/city").role("analyst").wrongRole("reviewer").allow(ANY_REGION).browserRoute()
                .call(caller -> Call.of().query("fiscalYear", year))
                .reaches(COVERING, response -> response.asString().contains("15.5"));

        int calls = matrix.run();
        assertEquals(matrix.size() * Caller.values().length, calls);
    }
}
