package com.budgetperf.report;

import static com.budgetperf.report.CubeEvents.indicator;
import static com.budgetperf.report.CubeEvents.project;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A county withdraws a submission under review: it leaves every figure (counts, budgets, pending, the submission
 * report, the disclosure), shows as status WITHDRAWN when asked for, a review decision that arrives late does not
 * bring it back, and the version filed again is counted with its own figures.
 */
@QuarkusTest
class WithdrawalProjectionTest {

    static final String AGGREGATE = "/api/v1/cube/aggregate";
    static final Duration PROJECTED_WITHIN = Duration.ofSeconds(30);
    static final String CITY = TestTokens.user("analyst.1306").roles("analyst").region("1306").sign();

    static ValidatableResponse aggregate(String cut, String drilldown) {
        var request = given().auth().oauth2(CITY).queryParam("measures", "submissions,budget_total,pending,returned")
                .queryParam("cut", cut);
        if (drilldown != null) {
            request = request.queryParam("drilldown", drilldown);
        }
        return request.when().get(AGGREGATE).then().statusCode(200);
    }

    static void withdraw(Submission submission, int version) {
        ObjectNode data = ReportEvents.JSON.createObjectNode().put("submissionId", submission.submissionId.toString())
                .put("fiscalYear", submission.fiscalYear).put("regionCode", submission.regionCode)
                .put("departmentCode", submission.departmentCode).put("version", version)
                .put("withdrawnAt", Instant.now().toString()).put("withdrawnBy", "county-130607");
        KafkaProbe.send("budget.submissions", submission.submissionId.toString(), ReportEvents.envelope(
                UUID.randomUUID().toString(), "budget.submission.withdrawn.v1", "/budget/submission-service", data));
    }

    static void closed(Submission submission, String caseId, int version) {
        ObjectNode data = ReportEvents.JSON.createObjectNode().put("caseId", caseId)
                .put("submissionId", submission.submissionId.toString()).put("submissionVersion", version)
                .put("stage", "COUNTY_FINANCE").put("reason", "WITHDRAWN").put("closedBy", "county-130607")
                .put("closedAt", Instant.now().toString());
        KafkaProbe.send("budget.reviews", submission.submissionId.toString(), ReportEvents.envelope(
                UUID.randomUUID().toString(), "budget.review.closed.v1", "/budget/review-service", data));
    }

    /** The review status report-service holds for the submission's version, as told by budget.reviews. */
    static String reviewState(Submission submission) throws Exception {
        try (Connection connection = SharedPostgres.connect("report");
                PreparedStatement statement = connection.prepareStatement(
                        "select review_status from review_state where submission_id = ?")) {
            statement.setObject(1, submission.submissionId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    static String disclosureStatus(Submission submission, int year) {
        return String.valueOf(given().auth().oauth2(CITY).queryParam("fiscalYear", year).when()
                .get("/api/v1/reports/departments/" + submission.departmentCode + "/disclosure.xlsx")
                .then().extract().statusCode());
    }

    @Test
    void aWithdrawnSubmissionLeavesTheFiguresShowsAsWithdrawnAndComesBackWhenFiledAgain() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        String inYear = "fiscal_year:" + year;
        new Submission(year, "130607").projects(project("P1", "就业补助", "100", "100", "0",
                indicator("产出指标", "数量指标", "培训人数", "QUANTITATIVE", "人"))).send();
        Submission withdrawn = new Submission(year, "130607").projects(project("P1", "技能培训", "40", "40", "0",
                indicator("产出指标", "数量指标", "培训人次", "QUANTITATIVE", "人次"))).send();
        String caseId = withdrawn.openCase();
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> aggregate(inYear, null)
                .body("cells[0].submissions", equalTo(2)).body("cells[0].budget_total", equalTo("140.000000"))
                .body("cells[0].pending", equalTo(2)));
        assertEquals("200", disclosureStatus(withdrawn, year));

        // the county withdraws version 1: out of counts, budgets and pending
        withdraw(withdrawn, 1);
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> aggregate(inYear, null)
                .body("cells[0].submissions", equalTo(1)).body("cells[0].budget_total", equalTo("100.000000"))
                .body("cells[0].pending", equalTo(1)));
        // a return decided before the withdrawal reached review-service arrives late: still withdrawn, not returned
        withdrawn.decide(caseId, "budget.review.returned.v1", "COUNTY_FINANCE", "中", false);
        await().atMost(PROJECTED_WITHIN).until(() -> "RETURNED".equals(reviewState(withdrawn)));
        aggregate(inYear, null).body("cells[0].submissions", equalTo(1)).body("cells[0].returned", equalTo(0))
                .body("cells[0].budget_total", equalTo("100.000000"));
        // review-service's closing of the case says the same again
        closed(withdrawn, caseId, 1);

        // visible as its own status when asked for, nowhere else
        aggregate(inYear, "status").body("cells.status", contains("PENDING"));
        aggregate(inYear + "|status:WITHDRAWN", "status").body("cells", hasSize(1))
                .body("cells[0].status", equalTo("WITHDRAWN")).body("cells[0].submissions", equalTo(1))
                .body("cells[0].budget_total", equalTo("40.000000"));
        aggregate(inYear + "|status:PENDING;WITHDRAWN", "status").body("cells.status", contains("PENDING", "WITHDRAWN"));
        given().auth().oauth2(CITY).queryParam("grain", "submission").queryParam("cut", inYear)
                .when().get("/api/v1/cube/facts").then().statusCode(200)
                .body("cells", hasSize(1)).body("cells[0].status", equalTo("PENDING"));
        given().auth().oauth2(CITY).queryParam("fiscalYear", year).when().get("/api/v1/reports/submissions")
                .then().statusCode(200).body("rows.regionCode", contains("130607"))
                .body("rows[0].submissions", equalTo(1)).body("rows[0].projects", equalTo(1))
                .body("rows[0].budgetTotal", equalTo("100.000000")).body("rows[0].withdrawn", equalTo(1));
        assertEquals("404", disclosureStatus(withdrawn, year), "a withdrawn submission is not disclosed");

        // filed again: version 2 is counted, with its own budget, as a new unreviewed version
        withdrawn.version(2).projects(project("P1", "技能培训", "55", "55", "0",
                indicator("产出指标", "数量指标", "培训人次", "QUANTITATIVE", "人次"))).send();
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> aggregate(inYear, null)
                .body("cells[0].submissions", equalTo(2)).body("cells[0].budget_total", equalTo("155.000000"))
                .body("cells[0].pending", equalTo(2)).body("cells[0].returned", equalTo(0)));
        aggregate(inYear + "|status:WITHDRAWN", "status").body("cells", hasSize(0));
        given().auth().oauth2(CITY).queryParam("fiscalYear", year).when().get("/api/v1/reports/submissions")
                .then().body("rows[0].submissions", equalTo(2)).body("rows[0].withdrawn", equalTo(0));
        assertEquals("200", disclosureStatus(withdrawn, year));
        // the closing of the withdrawn version's case, read again later, does not take the new version out
        closed(withdrawn, caseId, 1);
        withdrawn.decide(withdrawn.openCase(), "budget.review.approved.v1", "COUNTY_FINANCE", "优", true);
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> given().auth().oauth2(CITY)
                .queryParam("measures", "submissions,budget_total,approved").queryParam("cut", inYear)
                .queryParam("approvedOnly", "true").when().get(AGGREGATE).then().statusCode(200)
                .body("cells[0].submissions", equalTo(1)).body("cells[0].budget_total", equalTo("55.000000")));
    }
}
