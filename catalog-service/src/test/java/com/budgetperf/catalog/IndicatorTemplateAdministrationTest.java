package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.budgetperf.catalog.repository.IndicatorTemplateRepository;
import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class IndicatorTemplateAdministrationTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String PROVINCE_ADMIN = TestTokens.user("admin.hebei").roles("catalog-admin").region("13").sign();
    static final String CLERK = TestTokens.user("clerk").roles("submitter").region("130607").sign();

    @Inject
    IndicatorTemplateRepository repository;

    @Test
    void anAdminCreatesATemplateAnnouncedAsPublishedThenRetiresIt() throws Exception {
        String name = "测试合格率" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = """
                {"name":"1、%s（%%）","level1":"产出指标","level2":"质量指标","valueKind":"quantitative","unit":"%%",
                 "direction":"positive","aliases":["考核合格率"],"typicalValues":[">=95%%"],"policyAreas":["社会保障和就业"]}"""
                .formatted(name);
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicator-templates").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("county.admin").roles("catalog-admin").region("130607").sign())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicator-templates").then().statusCode(403).body("code", equalTo("PROVINCE_ONLY"));
        String id = given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicator-templates")
                .then().statusCode(201).body("name", equalTo(name)).body("status", equalTo("ACTIVE"))
                .body("source", equalTo("admin:admin.hebei"))
                .extract().path("id");
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/indicator-templates").then().statusCode(409).body("code", equalTo("TEMPLATE_EXISTS"));
        given().auth().oauth2(CLERK).queryParam("q", name).when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("id", hasItem(id));

        JsonNode published = event(id, "budget.catalog.template.published.v1");
        assertEquals(name, published.at("/data/name").asText());
        assertEquals("质量指标", published.at("/data/level2").asText());
        assertEquals("ACTIVE", published.at("/data/status").asText());
        assertEquals("考核合格率", published.at("/data/aliases/0").asText());

        given().auth().oauth2(CLERK).when().post("/api/v1/indicator-templates/" + id + "/retire").then().statusCode(403);
        given().auth().oauth2(PROVINCE_ADMIN).when().post("/api/v1/indicator-templates/" + id + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        given().auth().oauth2(PROVINCE_ADMIN).when().post("/api/v1/indicator-templates/" + id + "/retire")
                .then().statusCode(409);
        given().auth().oauth2(PROVINCE_ADMIN).when().post("/api/v1/indicator-templates/" + UUID.randomUUID() + "/retire")
                .then().statusCode(404);
        given().auth().oauth2(CLERK).queryParam("q", name).when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("id", not(hasItem(id)));
        JsonNode retired = event(id, "budget.catalog.template.retired.v1");
        assertEquals("RETIRED", retired.at("/data/status").asText());
        assertEquals(name, retired.at("/data/name").asText());
        // leave the library as the seeds made it (IndicatorTemplateResourceTest counts 327 templates)
        QuarkusTransaction.requiringNew().run(() -> repository.deleteById(UUID.fromString(id)));
    }

    @Test
    void invalidTemplatesGetFieldPointers() {
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"name":" ","level1":"产出指标","level2":"效果","valueKind":"number"}""")
                .when().post("/api/v1/indicator-templates")
                .then().statusCode(422).body("violations.field", containsInAnyOrder("/name", "/valueKind"));
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"name":"某指标","level1":"产出指标","level2":"社会效益指标","valueKind":"qualitative","direction":"positive"}""")
                .when().post("/api/v1/indicator-templates")
                .then().statusCode(422).body("violations.field", containsInAnyOrder("/level2", "/direction"));
    }

    static JsonNode event(String key, String type) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ConsumerRecord<String, String> record = KafkaProbe.awaitRecord("budget.catalog", r -> {
            try {
                return key.equals(r.key()) && type.equals(mapper.readTree(r.value()).get("type").asText());
            } catch (Exception e) {
                return false;
            }
        }, Duration.ofSeconds(20));
        return mapper.readTree(record.value());
    }
}
