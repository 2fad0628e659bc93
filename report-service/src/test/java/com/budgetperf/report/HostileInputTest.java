package com.budgetperf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.HostileInputs;
import com.budgetperf.platform.testing.HostileRequests;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The hostile-input suite of report-service (README "Hostile input"): seeded hostile values for every parameter of
 * the cube (measures, drill-downs, cuts, orders, pages and formats), the reports, charts, disclosures and the city
 * page. Each answer is 2xx or 4xx problem+json (a Chinese page for the city page) within a second, and the service
 * is healthy afterwards. (The read model is written by events only; none of these requests can write.)
 */
@QuarkusTest
class HostileInputTest {

    static final long SEED = 20_261_130L;
    static final String CITY_ANALYST = TestTokens.user("analyst.1306").roles("analyst").region("1306").sign();

    @TestHTTPResource("/")
    URI base;

    @Test
    void fifteenHundredHostileParametersAreAnsweredWellAndChangeNothing() {
        long start = System.nanoTime();
        HostileInputs inputs = new HostileInputs(SEED);
        HostileRequests requests = new HostileRequests(base);
        List<String> queries = List.of(
                "api/v1/cube/aggregate?measures=%s&drilldown=%s&cut=%s&order=%s",
                "api/v1/cube/aggregate?measures=budget_total&drilldown=region_county&page=%s&size=%s&format=%s&approvedOnly=%s",
                "api/v1/cube/aggregate?cut=%s&approvedStage=%s&order=%s&size=%s",
                "api/v1/cube/facts?grain=%s&cut=%s&order=%s&page=%s",
                "api/v1/cube/facts?grain=submission&size=%s&format=%s&approvedOnly=%s&approvedStage=%s",
                "api/v1/cube/datapackage?measures=%s&drilldown=%s&cut=%s&approvedOnly=%s",
                "api/v1/reports/submissions?fiscalYear=%s&drilldown=%s",
                "api/v1/reports/departments/%s/disclosure.xlsx?fiscalYear=%s&approvedOnly=%s",
                "api/v1/reports/departments/%s/disclosure.pdf?fiscalYear=%s&approvedOnly=%s",
                "api/v1/charts/%s.svg?fiscalYear=%s", "api/v1/charts/review-progress.svg?fiscalYear=%s",
                "api/v1/charts/%s.png?fiscalYear=%s");
        for (int i = 0; i < 1440; i++) {
            String query = queries.get(i % queries.size());
            Object[] values = { inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue() };
            requests.send(CITY_ANALYST, "GET", query.formatted(values), null, null, "parameters " + Arrays.toString(values));
        }
        for (int i = 0; i < 60; i++) {
            String path = (i % 2 == 0 ? "reports/city" : "api/v1/reports/city") + "?fiscalYear=" + inputs.parameterValue();
            requests.sendPage(CITY_ANALYST, "GET", path, null, null, "city page");
        }

        System.out.println(requests.summary("report-service") + ", " + (System.nanoTime() - start) / 1_000_000 + " ms in all");
        assertTrue(requests.failures().isEmpty(), requests.failureReport());
        assertTrue(requests.sent() >= 1500, "sent " + requests.sent());
        assertEquals(200, io.restassured.RestAssured.get("/q/health/live").statusCode());
    }
}
