package com.budgetperf.report;

import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The service is wired as the platform expects: probes that really check, its API documented, its meters. */
@QuarkusTest
class ServiceWiringTest {

    @Test
    void readyWithTheDatabaseCheckedAndTheOutboxShownButNotTheBroker() {
        get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"), "checks.name",
                        hasItems("Database connections health check", "outbox"),
                        "checks.name", org.hamcrest.Matchers.not(hasItems("Kafka connection health check")));
    }

    @Test
    void reportEndpointIsDocumented() {
        get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/reports/submissions"), "info.title", containsString("report-service"));
    }

    @Test
    void projectionMetersAreExposed() {
        get("/q/metrics").then()
                .statusCode(200)
                .body(allOf(containsString("consumer_events_total"), containsString("topic=\"budget.submissions\"")));
    }
}
