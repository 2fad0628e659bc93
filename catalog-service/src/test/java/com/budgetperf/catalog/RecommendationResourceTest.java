package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.catalog.repository.IndicatorTemplateRepository;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class RecommendationResourceTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static final String CLERK = TestTokens.user("clerk").roles("submitter").region("130607").sign();

    @Inject
    IndicatorTemplateRepository repository;

    @Test
    void pgTrgmRanksChineseNamesAndSearchPutsTheClosestFirst() {
        double close = QuarkusTransaction.requiringNew().call(() -> repository.similarity("服务对象满意度", "服务对象满意"));
        double far = QuarkusTransaction.requiringNew().call(() -> repository.similarity("服务对象满意度", "按时代缴"));
        System.out.printf("pg_trgm similarity: close %.3f, far %.3f%n", close, far);
        assertTrue(close > 0.3 && far < close, "pg_trgm must see Chinese characters");
        given().auth().oauth2(CLERK).queryParam("q", "服务对象满意度")
                .when().get("/api/v1/indicator-templates")
                .then().statusCode(200).body("[0].name", equalTo("服务对象满意度"));
    }

    @Test
    void recommendsTemplatesPerRequired二级WithScores() {
        List<Float> scores = given().auth().oauth2(CLERK).contentType(ContentType.JSON)
                .body("""
                        {"projectName":"就业创业补贴","purpose":"用于职业技能培训和创业担保贷款贴息",
                         "level2s":["数量指标","服务对象满意度指标"]}""")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("level2", contains("数量指标", "服务对象满意度指标"))
                .body("[0].templates", hasSize(5))
                .body("[1].templates.size()", lessThanOrEqualTo(5))
                .body("[1].templates[0].template.name", equalTo("服务对象满意度"))
                .extract().path("[0].templates.score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "scores descend");
        }
        given().contentType(ContentType.JSON).body("{\"projectName\":\"x\"}")
                .when().post("/api/v1/recommendations").then().statusCode(401);
        given().auth().oauth2(CLERK).contentType(ContentType.JSON).body("{\"projectName\":\" \"}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(422).body("violations[0].field", equalTo("/projectName"));
    }
}
