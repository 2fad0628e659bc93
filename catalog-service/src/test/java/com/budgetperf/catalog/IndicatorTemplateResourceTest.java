package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.catalog.repository.IndicatorTemplateRepository;
import com.budgetperf.catalog.service.IndicatorLibrarySeeding;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IndicatorTemplateResourceTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String CLERK = TestTokens.user("clerk").roles("submitter").region("130607").sign();

    @Inject
    IndicatorLibrarySeeding seeding;

    @Inject
    IndicatorTemplateRepository repository;

    @Test
    void theSeededLibraryIsServedAndSearchableByChineseKeyword() {
        String id = given().auth().oauth2(CLERK).queryParam("q", "满意度").queryParam("size", 200)
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200)
                .body("name", hasItem("服务对象满意度"))
                .body("level1", everyItem(equalTo("满意度指标")))
                .extract().path("find { it.name == '服务对象满意度' }.id");

        given().auth().oauth2(CLERK).when().get("/api/v1/indicator-templates/" + id)
                .then().statusCode(200)
                .body("level2", equalTo("服务对象满意度指标"))
                .body("aliases", hasItem("服务对像满意"))
                .body("valueKind", equalTo("quantitative"))
                .body("unit", equalTo("%"))
                .body("direction", equalTo("positive"))
                .body("seedRows", equalTo(17))
                .body("status", equalTo("ACTIVE"))
                .body("policyAreas", hasItem("社会保障和就业"));

        // an alias finds its template too
        given().auth().oauth2(CLERK).queryParam("q", "享受人数人数")
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("name", equalTo(java.util.List.of("享受人数")));
        // wildcards in the keyword are literal: "%满意" would otherwise match every 满意度 template
        given().auth().oauth2(CLERK).queryParam("q", "%满意")
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void filtersByLevel2AndPages() {
        given().auth().oauth2(CLERK).queryParam("level2", "时效指标").queryParam("size", 200)
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200)
                .body("level2", everyItem(equalTo("时效指标")))
                .body("name", hasItem("按时代缴"));
        given().auth().oauth2(CLERK).queryParam("level2", "时效指标").queryParam("q", "代缴")
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("name", hasItem("按时代缴"));
        given().auth().oauth2(CLERK).queryParam("size", 5).queryParam("page", 1)
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("$", hasSize(5));
    }

    @Test
    void refusesCallersWithoutTokenAndBadPaging() {
        given().when().get("/api/v1/indicator-templates").then().statusCode(401);
        given().auth().oauth2(CLERK).queryParam("size", 0)
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].message", equalTo("每页条数须在 1 到 200 之间"));
        given().auth().oauth2(CLERK).queryParam("page", -1)
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(422);
        given().auth().oauth2(CLERK).when().get("/api/v1/indicator-templates/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void reImportingTheSeedsChangesNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> repository.count());
        IndicatorLibrarySeeding.Result result = seeding.importSeeds();
        assertEquals(490, result.rowsRead());
        assertEquals(327, result.templates());
        assertEquals(0, result.inserted());
        assertEquals(0, result.updated(), "a template equal to the seeds is not written");
        assertEquals(327, result.unchanged());
        long after = QuarkusTransaction.requiringNew().call(() -> repository.count());
        assertEquals(before, after);
        // other tests of this JVM (administration, hostile input) add their own templates to the same database
        assertTrue(before >= 327L, "the 327 seed templates are there: " + before);
    }

    @Test
    void reImportingPutsBackWhatTheSeedsSay() {
        String changed = "update indicator_template set unit = '件', aliases = '[]' "
                + "where level2 = '服务对象满意度指标' and name = '服务对象满意度'";
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> repository.getEntityManager()
                .createNativeQuery(changed).executeUpdate()));
        IndicatorLibrarySeeding.Result result = seeding.importSeeds();
        assertEquals(0, result.inserted());
        assertEquals(1, result.updated());
        assertEquals(326, result.unchanged());
        QuarkusTransaction.requiringNew().run(() -> {
            var template = repository.findByLevel2AndName("服务对象满意度指标", "服务对象满意度").orElseThrow();
            assertEquals("%", template.unit);
            assertTrue(template.aliases.contains("服务对像满意"), () -> "aliases: " + template.aliases);
            assertEquals("ACTIVE", template.status);
        });
    }
}
