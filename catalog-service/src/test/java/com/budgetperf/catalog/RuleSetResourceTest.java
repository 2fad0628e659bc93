package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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
class RuleSetResourceTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String PROVINCE_ADMIN = TestTokens.user("admin.hebei").roles("catalog-admin").region("13").sign();
    static final String CLERK = TestTokens.user("clerk").roles("submitter").region("130607").sign();

    static String version() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static int year() {
        return ThreadLocalRandom.current().nextInt(2030, 2100);
    }

    static String body(String version, int year, String severity, String threshold) {
        return """
                {"version":"%s","fiscalYear":%d,
                 "settings":{"VAGUE_WORDS":{"enabled":true,"severity":"%s"},"BUDGET_SUM":{"enabled":false,"severity":"ERROR"}},
                 "wordLists":{"vagueWords":["有所提高"," 明显改善 "]},
                 "thresholds":{"minIndicators":%s},
                 "synonyms":{"效果指标":"效益指标"}}""".formatted(version, year, severity, threshold);
    }

    @Test
    void draftIsEditedPublishedAnnouncedAndThenImmutable() throws Exception {
        String v1 = version();
        int year = year();
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body(v1, year, "WARNING", "3"))
                .when().post("/api/v1/rule-sets")
                .then().statusCode(201).header("Location", endsWith("/api/v1/rule-sets/" + v1))
                .body("status", equalTo("DRAFT"))
                .body("wordLists.vagueWords", contains("有所提高", "明显改善"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body(v1, year, "WARNING", "3"))
                .when().post("/api/v1/rule-sets").then().statusCode(409).body("code", equalTo("RULE_SET_EXISTS"));

        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body(v1, year, "ERROR", "4.5"))
                .when().put("/api/v1/rule-sets/" + v1)
                .then().statusCode(200).body("settings.VAGUE_WORDS.severity", equalTo("ERROR"))
                .body("thresholds.minIndicators", equalTo(4.5f));
        given().auth().oauth2(CLERK).queryParam("fiscalYear", year).when().get("/api/v1/rule-sets/active")
                .then().statusCode(404);

        given().auth().oauth2(PROVINCE_ADMIN).when().post("/api/v1/rule-sets/" + v1 + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publishedBy", equalTo("admin.hebei")).body("publishedAt", notNullValue());
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body(v1, year, "INFO", "1"))
                .when().put("/api/v1/rule-sets/" + v1)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("RULE_SET_IMMUTABLE"));
        given().auth().oauth2(PROVINCE_ADMIN).when().post("/api/v1/rule-sets/" + v1 + "/publish")
                .then().statusCode(409);
        given().auth().oauth2(CLERK).queryParam("fiscalYear", year).when().get("/api/v1/rule-sets/active")
                .then().statusCode(200).body("version", equalTo(v1)).body("settings.VAGUE_WORDS.severity", equalTo("ERROR"));

        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.catalog",
                r -> v1.equals(r.key()), Duration.ofSeconds(20));
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("budget.catalog.rule-set.published.v1", event.get("type").asText());
        assertEquals(v1, event.get("subject").asText());
        JsonNode data = event.get("data");
        List<String> fields = new java.util.ArrayList<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("version", "fiscalYear", "settings", "wordLists", "thresholds", "synonyms", "publishedAt",
                "publishedBy").stream().sorted().toList(), fields.stream().sorted().toList());
        assertEquals(v1, data.get("version").asText());
        assertEquals(year, data.get("fiscalYear").asInt());
        assertTrue(data.at("/settings/VAGUE_WORDS/enabled").asBoolean());
        assertEquals("ERROR", data.at("/settings/VAGUE_WORDS/severity").asText());
        assertEquals(false, data.at("/settings/BUDGET_SUM/enabled").asBoolean());
        assertEquals("明显改善", data.at("/wordLists/vagueWords/1").asText());
        assertEquals(0, new java.math.BigDecimal("4.5").compareTo(data.at("/thresholds/minIndicators").decimalValue()));
        assertEquals("效益指标", data.at("/synonyms/效果指标").asText());
        assertEquals("admin.hebei", data.get("publishedBy").asText());
        assertTrue(data.hasNonNull("publishedAt"));

        // a newer version of the same year becomes the active one; the older is retired
        String v2 = version();
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body(v2, year, "INFO", "2"))
                .when().post("/api/v1/rule-sets").then().statusCode(201);
        given().auth().oauth2(PROVINCE_ADMIN).when().post("/api/v1/rule-sets/" + v2 + "/publish")
                .then().statusCode(200);
        given().auth().oauth2(CLERK).queryParam("fiscalYear", year).when().get("/api/v1/rule-sets/active")
                .then().statusCode(200).body("version", equalTo(v2));
        given().auth().oauth2(CLERK).when().get("/api/v1/rule-sets/" + v1)
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        given().auth().oauth2(CLERK).queryParam("fiscalYear", year).when().get("/api/v1/rule-sets")
                .then().statusCode(200).body("version", containsInAnyOrder(v1, v2))
                .body("status", containsInAnyOrder("PUBLISHED", "RETIRED"));
        KafkaProbe.awaitRecord("budget.catalog", r -> v2.equals(r.key()), Duration.ofSeconds(20));
    }

    @Test
    void refusesCallersWithoutTokenWrongRoleOrCountyRegion() {
        String v = version();
        given().contentType(ContentType.JSON).body(body(v, 2026, "ERROR", "1"))
                .when().post("/api/v1/rule-sets").then().statusCode(401);
        given().when().get("/api/v1/rule-sets").then().statusCode(401);
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(body(v, 2026, "ERROR", "1"))
                .when().post("/api/v1/rule-sets").then().statusCode(403);
        String countyAdmin = TestTokens.user("county.admin").roles("catalog-admin").region("130607").sign();
        given().auth().oauth2(countyAdmin).contentType(ContentType.JSON).body(body(v, 2026, "ERROR", "1"))
                .when().post("/api/v1/rule-sets")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("PROVINCE_ONLY"));
        given().auth().oauth2(CLERK).when().post("/api/v1/rule-sets/" + v + "/publish").then().statusCode(403);
        given().auth().oauth2(countyAdmin).when().post("/api/v1/rule-sets/" + v + "/publish").then().statusCode(403);
        given().auth().oauth2(CLERK).when().get("/api/v1/rule-sets/" + v).then().statusCode(404);
        given().auth().oauth2(PROVINCE_ADMIN).when().post("/api/v1/rule-sets/" + v + "/publish").then().statusCode(404);
    }

    @Test
    void badInputGetsFieldLevelProblemWithJsonPointers() {
        String v = version();
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"version":"bad version!","fiscalYear":1999,
                         "settings":{"vague_words":{"enabled":true,"severity":"FATAL"},"OK_RULE":{"severity":"INFO"}},
                         "wordLists":{"vagueWords":[], "a/b":["", "x"]},
                         "thresholds":{"minIndicators":-1},
                         "synonyms":{"效果指标":" "}}""")
                .when().post("/api/v1/rule-sets")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", containsInAnyOrder("/version", "/fiscalYear", "/settings/vague_words",
                        "/settings/vague_words/severity", "/settings/OK_RULE/enabled", "/wordLists/vagueWords",
                        "/wordLists/a~1b/0", "/thresholds/minIndicators", "/synonyms/效果指标"))
                .body("violations.message", hasItem("预算年度须在 2000 到 2100 之间"))
                .body("violations.message", hasItem("阈值不能为负数"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body("{\"version\":\"%s\",\"fiscalYear\":2026,\"thresholds\":{\"x\":\"abc\"}}".formatted(v))
                .when().post("/api/v1/rule-sets")
                .then().statusCode(422).body("violations[0].field", org.hamcrest.Matchers.startsWith("/thresholds"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/rule-sets")
                .then().statusCode(422).body("violations.field", containsInAnyOrder("/version", "/fiscalYear"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body(v, 2026, "ERROR", "1"))
                .when().post("/api/v1/rule-sets").then().statusCode(201);
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body("other", 2026, "ERROR", "1"))
                .when().put("/api/v1/rule-sets/" + v)
                .then().statusCode(422).body("violations[0].field", equalTo("/version"));
        given().auth().oauth2(CLERK).when().get("/api/v1/rule-sets/active").then().statusCode(422);
    }
}
