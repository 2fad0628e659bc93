package com.budgetperf.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The named hostile cases of the cube and the reports: page × size overflow, over-long and control-character parameters. */
@QuarkusTest
class HostileCasesTest {

    static final String CITY_ANALYST = TestTokens.user("analyst.1306").roles("analyst").region("1306").sign();
    static final String PROBLEM = "application/problem+json";

    @Test
    void pageTimesSizeCannotOverflow() {
        given().auth().oauth2(CITY_ANALYST)
                .when().get("/api/v1/cube/facts?grain=submission&page=999999999&size=10000&format=csv")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/page"));
        given().auth().oauth2(CITY_ANALYST)
                .when().get("/api/v1/cube/aggregate?measures=budget_total&drilldown=region_county&page=214749&size=10000")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/page"));
    }

    @Test
    void overLongAndControlCharacterParametersAreRefused() {
        given().auth().oauth2(CITY_ANALYST).when().get("/api/v1/cube/aggregate?cut=" + "x".repeat(1001))
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/cut"));
        given().urlEncodingEnabled(false).auth().oauth2(CITY_ANALYST).when().get("/api/v1/reports/submissions?fiscalYear=20%0025")
                .then().statusCode(400).contentType(PROBLEM);
    }
}
