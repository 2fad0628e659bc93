package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceWiringTest {

    @Test
    void readinessChecksTheDatabaseAndShowsTheOutboxButNotTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "outbox"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("Kafka connection health check")));
    }

    @Test
    void openApiAndMetricsAreServed() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/v1/frameworks"));
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("outbox_pending"));
    }
}
