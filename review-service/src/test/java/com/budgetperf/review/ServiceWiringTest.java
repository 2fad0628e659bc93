package com.budgetperf.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The service runs on real infrastructure: readiness probes the database and the broker, docs and metrics are served. */
@QuarkusTest
class ServiceWiringTest {

    @Test
    void readyWithTheDatabaseCheckedAndTheOutboxShownButNotTheBroker() {
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("status"));
        List<String> probed = health.getList("checks.name");
        assertTrue(probed.containsAll(List.of("Database connections health check", "outbox")),
                () -> "readiness checks: " + probed);
        assertTrue(!probed.contains("Kafka connection health check"), () -> "a broker outage must not take the API out: " + probed);
    }

    @Test
    void documentsTheReviewCaseApiAndExportsMetrics() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertTrue(openApi.getString("info.title").startsWith("review-service"));
        assertTrue(openApi.getMap("paths").keySet()
                .containsAll(List.of("/api/v1/review-cases", "/api/v1/review-cases/{id}")));
        given().get("/q/metrics").then().statusCode(200).body(containsString("outbox_pending"));
    }
}
