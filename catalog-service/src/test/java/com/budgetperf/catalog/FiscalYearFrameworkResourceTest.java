package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FiscalYearFrameworkResourceTest {

    static final String PROVINCE_ADMIN = TestTokens.user("admin.hebei").roles("catalog-admin").region("13").sign();
    static final String CLERK = TestTokens.user("clerk").roles("submitter").region("130607").sign();

    @Test
    void aFiscalYearPointsAtAPublishedFrameworkAndTheAssignmentIsAnnounced() throws Exception {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        int year = ThreadLocalRandom.current().nextInt(2030, 2100);
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(FrameworkResourceTest.framework(code))
                .when().post("/api/v1/frameworks").then().statusCode(201);
        String path = "/api/v1/fiscal-years/" + year + "/framework";

        given().auth().oauth2(CLERK).when().get(path).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"frameworkCode\":\"" + code + "\"}")
                .when().put(path).then().statusCode(401);
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body("{\"frameworkCode\":\"" + code + "\"}")
                .when().put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("city").roles("catalog-admin").region("1306").sign())
                .contentType(ContentType.JSON).body("{\"frameworkCode\":\"" + code + "\"}")
                .when().put(path).then().statusCode(403).body("code", equalTo("PROVINCE_ONLY"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body("{\"frameworkCode\":\"no-such\"}")
                .when().put(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body("{\"frameworkCode\":\" \"}")
                .when().put(path).then().statusCode(422).body("violations[0].field", equalTo("/frameworkCode"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body("{\"frameworkCode\":\"" + code + "\"}")
                .when().put("/api/v1/fiscal-years/1999/framework").then().statusCode(422);

        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body("{\"frameworkCode\":\"" + code + "\"}")
                .when().put(path)
                .then().statusCode(200).body("fiscalYear", equalTo(year)).body("frameworkCode", equalTo(code));
        given().auth().oauth2(CLERK).when().get(path)
                .then().statusCode(200).body("code", equalTo(code)).body("tree.levels[0].name", equalTo("产出指标"));

        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.catalog",
                r -> String.valueOf(year).equals(r.key()), Duration.ofSeconds(20));
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertEquals("budget.catalog.fiscal-year-framework.assigned.v1", event.get("type").asText());
        assertEquals(year, event.at("/data/fiscalYear").asInt());
        assertEquals(code, event.at("/data/frameworkCode").asText());
        assertEquals(true, event.at("/data/assignedAt").isTextual());
    }
}
