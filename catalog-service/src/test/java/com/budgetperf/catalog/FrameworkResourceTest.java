package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FrameworkResourceTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String PROVINCE_ADMIN = TestTokens.user("admin.hebei").roles("catalog-admin").region("13").sign();

    static String framework(String code) {
        return """
                {"code":"%s","name":"2021年版绩效指标框架",
                 "levels":[{"name":"产出指标","children":[{"name":"数量指标"},{"name":"时效指标","synonyms":["进度指标"]}]},
                           {"name":"效益指标","synonyms":["效果指标"],"children":[{"name":"社会效益指标"}]},
                           {"name":"满意度指标","children":[{"name":"服务对象满意度指标"}]}]}""".formatted(code);
    }

    @Test
    void refusesCallersWithoutTokenWrongRoleOrCountyRegion() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(framework(code))
                .when().post("/api/v1/frameworks").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("clerk").roles("submitter").region("13").sign())
                .contentType(ContentType.JSON).body(framework(code))
                .when().post("/api/v1/frameworks").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("county.admin").roles("catalog-admin").region("130607").sign())
                .contentType(ContentType.JSON).body(framework(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("PROVINCE_ONLY"));
        given().auth().oauth2(TestTokens.user("forged").roles("catalog-admin").region("13")
                .issuer("https://evil.example.com/realms/budget").sign())
                .contentType(ContentType.JSON).body(framework(code))
                .when().post("/api/v1/frameworks").then().statusCode(401);
        // signed by the realm, but meant for another client: the audience check refuses it
        given().auth().oauth2(TestTokens.user("other-client").roles("catalog-admin").region("13")
                .audience("account", "report-service").sign())
                .when().get("/api/v1/frameworks").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("own-audience").roles("catalog-admin").region("13")
                .audience("catalog-service").sign())
                .when().get("/api/v1/frameworks").then().statusCode(200);
        given().auth().oauth2(TestTokens.user("expired").roles("catalog-admin").region("13").lifetimeMinutes(-5).sign())
                .when().get("/api/v1/frameworks").then().statusCode(401);
        given().auth().oauth2(PROVINCE_ADMIN).when().get("/api/v1/frameworks/" + code).then().statusCode(404);
    }

    @Test
    void publishedVersionIsStoredReadBackAndAnnouncedOnTheCatalogTopic() throws Exception {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(framework(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(201).header("Location", endsWith("/api/v1/frameworks/" + code));

        String reader = TestTokens.user("clerk").roles("submitter").region("130607").sign();
        given().auth().oauth2(reader).when().get("/api/v1/frameworks/" + code)
                .then().statusCode(200)
                .body("name", equalTo("2021年版绩效指标框架"))
                .body("tree.levels.name", contains("产出指标", "效益指标", "满意度指标"))
                .body("tree.levels[1].synonyms", contains("效果指标"))
                .body("publishedBy", equalTo("admin.hebei"));
        given().auth().oauth2(reader).when().get("/api/v1/frameworks?size=200")
                .then().statusCode(200).body("code", hasItem(code));

        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.catalog",
                r -> code.equals(r.key()), Duration.ofSeconds(20));
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("budget.catalog.framework.published.v1", event.get("type").asText());
        assertEquals("/budget/catalog-service", event.get("source").asText());
        assertEquals(code, event.get("subject").asText());
        assertEquals("时效指标", event.at("/data/levels/0/children/1/name").asText());
        assertEquals("进度指标", event.at("/data/levels/0/children/1/synonyms/0").asText());

        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(framework(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("FRAMEWORK_VERSION_EXISTS"));
    }

    @Test
    void badInputGetsFieldLevelProblemAndChangesNothing() {
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":" ","levels":[{"name":"产出指标","children":[{"name":""}]}]}""".formatted(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("violations.field", contains("/levels/0/children/0/name", "/name"))
                .body("violations.message", contains("请填写二级指标名称", "请填写框架名称"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"x","levels":"产出指标"}""".formatted(code))
                .when().post("/api/v1/frameworks")
                .then().statusCode(422).body("violations[0].field", equalTo("/levels"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body("{\"code\":")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(PROVINCE_ADMIN).when().get("/api/v1/frameworks/" + code).then().statusCode(404);
    }
}
