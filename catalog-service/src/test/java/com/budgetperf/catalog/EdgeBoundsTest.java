package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The named hostile cases of catalog-service and the platform's answers outside the resources, each a 4xx (or, for a
 * bug, a 500) problem+json: nulls in lists, page overflow, unknown paths and methods, wrong media types, oversized
 * bodies, control characters in URLs, and an unexpected exception (with an error id, never a stack).
 */
@QuarkusTest
class EdgeBoundsTest {

    static final String ADMIN = TestTokens.user("hebei.catalog").roles("catalog-admin").region("13").sign();
    static final String PROBLEM = "application/problem+json";

    @Test
    void nullsInListsAreRefusedWithTheirPointer() {
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"code\":\"N-1\",\"name\":\"空\",\"levels\":[null]}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/levels/0"));
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"code\":\"N-2\",\"name\":\"空\",\"levels\":[{\"name\":\"产出指标\",\"children\":[null]}]}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/levels/0/children/0"));
    }

    @Test
    void pageTimesSizeCannotOverflow() {
        given().auth().oauth2(ADMIN).when().get("/api/v1/indicator-templates?page=2147483647&size=200")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/page"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/frameworks?page=21474837&size=200")
                .then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void aNulInAnyTextIsRefusedWithThePointerOfItsField() {
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"name\":\"培训\\u0000合格率\",\"level1\":\"产出指标\",\"level2\":\"质量指标\",\"valueKind\":\"quantitative\"}")
                .when().post("/api/v1/indicator-templates")
                .then().statusCode(422).contentType(PROBLEM).body("violations.field", hasItem("/name"));
        given().urlEncodingEnabled(false).auth().oauth2(ADMIN).when().get("/api/v1/frameworks/a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("CONTROL_CHARACTER_IN_URL"));
    }

    @Test
    void anExponentBombInAThresholdIsRefusedAtOnce() {
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"version\":\"B-1\",\"fiscalYear\":2026,\"thresholds\":{\"minIndicators\":1e100000000}}")
                .when().post("/api/v1/rule-sets")
                .then().time(org.hamcrest.Matchers.lessThan(1000L)).statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("/thresholds/minIndicators"));
    }

    @Test
    void httpErrorsOutsideTheResourcesAreProblems() {
        given().auth().oauth2(ADMIN).when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().auth().oauth2(ADMIN).when().delete("/api/v1/frameworks")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
        given().auth().oauth2(ADMIN).contentType("text/plain").body("x").when().post("/api/v1/frameworks")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"code\":")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).contentType(PROBLEM).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(ADMIN).contentType("application/json").body("[".repeat(40) + "]".repeat(40))
                .when().post("/api/v1/frameworks")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 422)).contentType(PROBLEM);
        given().auth().oauth2(ADMIN).contentType("application/json").body("{\"code\":\"a\",\"code\":\"b\"}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(ADMIN).contentType("application/json").body(new byte[7 * 1024 * 1024])
                .when().post("/api/v1/frameworks")
                .then().statusCode(413).contentType(PROBLEM).body("code", equalTo("BODY_TOO_LARGE"));
    }

    @Test
    void anUnexpectedExceptionIsA500ProblemWithAnErrorIdAndNoInternals() {
        given().auth().oauth2(ADMIN).accept("application/json").when().get("/api/test/unexpected-failure")
                .then().statusCode(500).contentType(PROBLEM)
                .body("code", equalTo("INTERNAL_ERROR"))
                .body("instance", startsWith("urn:uuid:"))
                .body(not(containsString("a bug")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("stack")));
        given().auth().oauth2(ADMIN).accept("text/html").when().get("/api/test/unexpected-failure")
                .then().statusCode(500).contentType(containsString("text/html"))
                .body(containsString("错误编号"))
                .body(not(containsString("a bug")));
    }
}
