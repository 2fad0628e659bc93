package com.budgetperf.report;

import static com.budgetperf.report.ReportEvents.project;
import static com.budgetperf.report.ReportEvents.projectWithoutTotal;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.ReportEvents.Submitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SubmissionReportTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String REPORT = "/api/v1/reports/submissions";
    static final Duration PROJECTED_WITHIN = Duration.ofSeconds(30);

    static String analyst(String region) {
        return TestTokens.user("analyst." + region).roles("analyst").region(region).sign();
    }

    static ValidatableResponse report(String token, int fiscalYear, String drilldown) {
        return given().auth().oauth2(token)
                .queryParam("fiscalYear", fiscalYear).queryParam("drilldown", drilldown)
                .when().get(REPORT)
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void cityAnalystSeesExactlyItsCountiesAndProvinceSeesEveryCity() {
        int year = ReportEvents.freshFiscalYear();
        // 满城区: 12.345678 + 0.654322 + (no budget) = 13.000000 and 100 + (1.5 + 2.25) = 103.750000
        Submitted.of(year, "130607", List.of(project("P1", "12.345678"), project("P2", new BigDecimal("0.654322")),
                project("P3", null)), 2, 1).send();
        Submitted.of(year, "130607", List.of(project("P1", "100"), projectWithoutTotal("P2", "1.5", "2.25")), 0, 1).send();
        // 竞秀区: 7.000001; 廊坊 安次区 (another city): 99.9
        Submitted.of(year, "130602", List.of(project("P1", "7.000001")), 1, 0).send();
        Submitted.of(year, "131002", List.of(project("P1", "99.9")), 0, 0).send();

        String province = analyst("13");
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> report(province, year, "city")
                .body("rows.regionCode", contains("1306", "1310"))
                .body("rows.regionName", contains("保定市", "廊坊市"))
                .body("rows.submissions", contains(3, 1)));

        report(province, year, "city")
                .body("rows.projects", contains(6, 1))
                .body("rows.budgetTotal", contains("123.750001", "99.900000"))
                .body("rows.findingErrors", contains(3, 0))
                .body("includesEventsUpTo", notNullValue());

        report(analyst("1306"), year, "county")
                .body("rows.regionCode", contains("130602", "130607"))
                .body("rows.submissions", contains(1, 2))
                .body("rows.projects", contains(1, 5))
                .body("rows.budgetTotal", contains("7.000001", "116.750000"))
                .body("rows.findingErrors", contains(1, 2));
        // county is the default drilldown; a county system sees its own county only
        given().auth().oauth2(analyst("130602")).queryParam("fiscalYear", year).when().get(REPORT)
                .then().statusCode(200).body("rows.regionCode", contains("130602"));
        report(analyst("1310"), year, "city").body("rows.regionCode", contains("1310"));
    }

    @Test
    void redeliveredEventCountsOnceAndOnlyALaterVersionReplacesASubmission() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        String city = analyst("1306");
        Submitted first = Submitted.of(year, "130607", List.of(project("P1", "10")), 1, 0);
        String key = first.submissionId().toString();
        String eventId = UUID.randomUUID().toString();
        first.sendAs(eventId, key);
        first.sendAs(eventId, key);
        // same key, same partition: once this one is in, both deliveries above have been handled
        Submitted other = Submitted.of(year, "130607", List.of(project("P1", "1")), 0, 0);
        other.sendAs(UUID.randomUUID().toString(), key);
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> report(city, year, "county")
                .body("rows.submissions", contains(2))
                .body("rows.budgetTotal", contains("11.000000"))
                .body("rows.findingErrors", contains(1)));
        assertEquals(1, processedCount(eventId));

        first.nextVersion(List.of(project("P1", "20"), project("P2", "5.5"))).sendAs(UUID.randomUUID().toString(), key);
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> report(city, year, "county")
                .body("rows.submissions", contains(2))
                .body("rows.projects", contains(3))
                .body("rows.budgetTotal", contains("26.500000")));

        // version 1 arriving again late (a new event id) must not bring the old figures back
        first.asVersion(1, List.of(project("P1", "10"))).sendAs(UUID.randomUUID().toString(), key);
        other.nextVersion(List.of(project("P1", "2"))).sendAs(UUID.randomUUID().toString(), key);
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> report(city, year, "county")
                .body("rows.budgetTotal", contains("27.500000"))
                .body("rows.projects", contains(3)));
    }

    @Test
    void refusesCallersOutsideTheAnalystRoleAndBadParameters() {
        given().when().get(REPORT).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("reviewer").roles("reviewer").region("1306").sign())
                .when().get(REPORT).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("no.region").roles("analyst").sign())
                .when().get(REPORT)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("REGION_NOT_COVERED"));
        given().auth().oauth2(analyst("1306")).queryParam("drilldown", "street")
                .when().get(REPORT)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", contains("/drilldown"));
        given().auth().oauth2(analyst("1306")).queryParam("fiscalYear", "明年")
                .when().get(REPORT)
                .then().statusCode(422).body("violations.field", contains("/fiscalYear"));
    }

    @Test
    void unreadableMessagesGoToTheDeadLetterTopicAndTheProjectionGoesOn() {
        int year = ReportEvents.freshFiscalYear();
        String key = UUID.randomUUID().toString();
        KafkaProbe.send("budget.submissions", key, "not a CloudEvent {");
        Submitted noRegion = Submitted.of(year, "1306070", List.of(project("P1", "3")), 0, 0);
        noRegion.sendAs(UUID.randomUUID().toString(), key);
        KafkaProbe.send("budget.submissions", key, ReportEvents.envelope(UUID.randomUUID().toString(),
                "budget.submission.withdrawn.v1", "/budget/submission-service",
                ReportEvents.JSON.createObjectNode().put("submissionId", key)));
        Submitted.of(year, "130607", List.of(project("P1", "4.25")), 0, 0).sendAs(UUID.randomUUID().toString(), key);

        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> report(analyst("13"), year, "county")
                .body("rows.regionCode", contains("130607"))
                .body("rows.budgetTotal", contains("4.250000")));
        KafkaProbe.awaitRecord("report-service.dlq.budget.submissions",
                record -> key.equals(record.key()) && record.value().startsWith("not a CloudEvent"), PROJECTED_WITHIN);
        KafkaProbe.awaitRecord("report-service.dlq.budget.submissions",
                record -> key.equals(record.key()) && record.value().contains(noRegion.submissionId().toString()),
                PROJECTED_WITHIN);
    }

    static int processedCount(String eventId) throws Exception {
        try (Connection connection = SharedPostgres.connect("report");
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from processed_event where consumer = 'report-service' and event_id = ?")) {
            statement.setString(1, eventId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
