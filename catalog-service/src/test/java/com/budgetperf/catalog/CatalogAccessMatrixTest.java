package com.budgetperf.catalog;

import static com.budgetperf.platform.testing.AccessMatrix.ANY_TOKEN;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.AccessMatrix;
import com.budgetperf.platform.testing.AccessMatrix.Call;
import com.budgetperf.platform.testing.AccessMatrix.Caller;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The catalog is the province's: every caller with a token reads it, whatever its role and region; only a
 * catalog administrator of the province changes it ({@code PROVINCE_ONLY} for a city's or county's). Every change
 * is made on fresh data (a new framework code, template, rule-set version or fiscal year per call).
 */
@QuarkusTest
class CatalogAccessMatrixTest {

    static final String PROVINCE_ADMIN = TestTokens.user("matrix.admin").roles("catalog-admin").region("13").sign();
    static final EnumSet<Caller> PROVINCE_ONLY = EnumSet.of(Caller.PROVINCE);
    /** Fiscal years (2000-2100 are valid) no other test of the module uses: they use 2018-2026 and pick 2030-2099. */
    static final AtomicInteger YEARS = new AtomicInteger(2001);

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String publishFramework() {
        String code = "m-" + unique();
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(FrameworkResourceTest.framework(code))
                .post("/api/v1/frameworks").then().statusCode(201);
        return code;
    }

    static String template(String name) {
        return """
                {"name":"%s（%%）","level1":"产出指标","level2":"质量指标","valueKind":"quantitative","unit":"%%",
                 "direction":"positive","aliases":[],"typicalValues":[">=95%%"],"policyAreas":["社会保障和就业"]}"""
                .formatted(name);
    }

    static String createTemplate() {
        return given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(template("矩阵合格率" + unique()))
                .post("/api/v1/indicator-templates").then().statusCode(201).extract().path("id");
    }

    static String draftRuleSet(int year) {
        String version = "m-" + unique();
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body(RuleSetResourceTest.body(version, year, "WARNING", "3"))
                .post("/api/v1/rule-sets").then().statusCode(201);
        return version;
    }

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() {
        String framework = publishFramework();
        int year = YEARS.getAndIncrement();
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body("{\"frameworkCode\":\"" + framework + "\"}")
                .put("/api/v1/fiscal-years/" + year + "/framework").then().statusCode(200);
        String templateId = createTemplate();
        String published = draftRuleSet(year);
        given().auth().oauth2(PROVINCE_ADMIN).post("/api/v1/rule-sets/" + published + "/publish").then().statusCode(200);
        String draft = draftRuleSet(year);

        AccessMatrix matrix = new AccessMatrix(RestAssured.port);
        matrix.operation("GET /api/v1/frameworks").role("submitter").wrongRole("analyst").allow(ANY_TOKEN);
        matrix.operation("GET /api/v1/frameworks/{code}").role("catalog-admin").wrongRole("reviewer").allow(ANY_TOKEN)
                .call(caller -> Call.of().path("code", framework));
        matrix.operation("POST /api/v1/frameworks").role("catalog-admin").wrongRole("analyst").allow(PROVINCE_ONLY)
                .call(caller -> Call.of().json(FrameworkResourceTest.framework("m-" + unique())));
        matrix.operation("GET /api/v1/fiscal-years/{year}/framework").role("submitter").wrongRole("analyst")
                .allow(ANY_TOKEN).call(caller -> Call.of().path("year", year));
        matrix.operation("PUT /api/v1/fiscal-years/{year}/framework").role("catalog-admin").wrongRole("reviewer")
                .allow(PROVINCE_ONLY).call(caller -> Call.of().path("year", YEARS.getAndIncrement())
                        .json("{\"frameworkCode\":\"" + framework + "\"}"));
        matrix.operation("GET /api/v1/indicator-templates").role("submitter").wrongRole("admin").allow(ANY_TOKEN)
                .call(caller -> Call.of().query("q", "满意度"));
        matrix.operation("GET /api/v1/indicator-templates/{id}").role("reviewer").wrongRole("analyst").allow(ANY_TOKEN)
                .call(caller -> Call.of().path("id", templateId));
        matrix.operation("POST /api/v1/indicator-templates").role("catalog-admin").wrongRole("submitter")
                .allow(PROVINCE_ONLY).call(caller -> Call.of().json(template("矩阵合格率" + unique())));
        matrix.operation("POST /api/v1/indicator-templates/{id}/retire").role("catalog-admin").wrongRole("admin")
                .allow(PROVINCE_ONLY).call(caller -> Call.of().path("id", createTemplate()));
        matrix.operation("POST /api/v1/recommendations").role("submitter").wrongRole("analyst").allow(ANY_TOKEN)
                .call(caller -> Call.of().json("""
                        {"projectName":"就业创业补贴","purpose":"用于职业技能培训","level2s":["数量指标"]}"""));
        matrix.operation("GET /api/v1/rule-sets").role("catalog-admin").wrongRole("submitter").allow(ANY_TOKEN);
        matrix.operation("GET /api/v1/rule-sets/active").role("submitter").wrongRole("reviewer").allow(ANY_TOKEN)
                .call(caller -> Call.of().query("fiscalYear", year));
        matrix.operation("GET /api/v1/rule-sets/{version}").role("catalog-admin").wrongRole("analyst").allow(ANY_TOKEN)
                .call(caller -> Call.of().path("version", published));
        matrix.operation("POST /api/v1/rule-sets").role("catalog-admin").wrongRole("submitter").allow(PROVINCE_ONLY)
                .call(caller -> Call.of().json(RuleSetResourceTest.body("m-" + unique(), year, "WARNING", "3")));
        matrix.operation("PUT /api/v1/rule-sets/{version}").role("catalog-admin").wrongRole("reviewer")
                .allow(PROVINCE_ONLY).call(caller -> Call.of().path("version", draft)
                        .json(RuleSetResourceTest.body(draft, year, "ERROR", "4")));
        matrix.operation("POST /api/v1/rule-sets/{version}/publish").role("catalog-admin").wrongRole("analyst")
                .allow(PROVINCE_ONLY).call(caller -> Call.of().path("version", draftRuleSet(YEARS.getAndIncrement())));

        int calls = matrix.run();
        assertEquals(matrix.size() * Caller.values().length, calls);
    }
}
