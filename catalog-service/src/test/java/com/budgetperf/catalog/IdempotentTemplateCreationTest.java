package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The platform's {@code @Idempotent} on a creating POST of this service: concurrent twins with one Idempotency-Key
 * create one template and get one answer (or 409), never 500; a later retry gets the first answer again instead of
 * 409 TEMPLATE_EXISTS.
 */
@QuarkusTest
class IdempotentTemplateCreationTest {

    @Test
    void twinsWithOneKeyCreateOneTemplate() throws Exception {
        String name = "幂等测试率" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = """
                {"name":"%s","level1":"产出指标","level2":"质量指标","valueKind":"quantitative","unit":"%%",
                 "direction":"positive","aliases":[],"typicalValues":[],"policyAreas":[]}""".formatted(name);
        String key = UUID.randomUUID().toString();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return given().auth().oauth2(IndicatorTemplateAdministrationTest.PROVINCE_ADMIN)
                        .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                        .when().post("/api/v1/indicator-templates");
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 409,
                    () -> response.statusCode() + " " + response.asString());
            if (response.statusCode() == 201) {
                ids.add(response.jsonPath().getString("id"));
            }
        }
        threads.shutdown();
        assertEquals(1, ids.size());
        given().auth().oauth2(IndicatorTemplateAdministrationTest.PROVINCE_ADMIN).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/indicator-templates")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(ids.iterator().next()));
        given().auth().oauth2(IndicatorTemplateAdministrationTest.PROVINCE_ADMIN).queryParam("q", name)
                .when().get("/api/v1/indicator-templates").then().statusCode(200).body("size()", equalTo(1));
    }
}
