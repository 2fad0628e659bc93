package com.budgetperf.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/** The older and the 2021 framework are there from the start, announced, and the first years point at them. */
@QuarkusTest
class StandardFrameworksTest {

    static final String READER = TestTokens.user("clerk").roles("submitter").region("130607").sign();

    @Test
    void bothStandardFrameworksArePublishedAndAnnounced() {
        given().auth().oauth2(READER).when().get("/api/v1/frameworks/2018")
                .then().statusCode(200)
                .body("tree.levels.name", contains("产出指标", "效益指标", "满意度指标"))
                .body("tree.levels[0].children.name", hasItem("成本指标"));
        given().auth().oauth2(READER).when().get("/api/v1/frameworks/2021")
                .then().statusCode(200)
                .body("tree.levels.name", contains("产出指标", "效益指标", "成本指标", "满意度指标"))
                .body("tree.levels[2].children.name", contains("经济成本指标", "社会成本指标", "生态环境成本指标"))
                .body("tree.levels[1].synonyms", contains("效果指标"));
        assertEquals("2021", KafkaProbe.awaitRecord("budget.catalog", r -> "2021".equals(r.key())
                && r.value().contains("framework.published"), Duration.ofSeconds(20)).key());
    }

    @Test
    void fiscalYearsPointAtTheirFramework() {
        given().auth().oauth2(READER).when().get("/api/v1/fiscal-years/2020/framework")
                .then().statusCode(200).body("code", equalTo("2018"));
        given().auth().oauth2(READER).when().get("/api/v1/fiscal-years/2021/framework")
                .then().statusCode(200).body("code", equalTo("2018"));
        given().auth().oauth2(READER).when().get("/api/v1/fiscal-years/2025/framework")
                .then().statusCode(200).body("code", equalTo("2021"));
    }
}
