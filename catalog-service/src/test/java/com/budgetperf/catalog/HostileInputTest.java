package com.budgetperf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.HostileInputs;
import com.budgetperf.platform.testing.HostileRequests;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The hostile-input suite of catalog-service (README "Hostile input"): seeded mutations of real administration
 * documents against every write endpoint and hostile parameters against every query, each answered 2xx or 4xx
 * problem+json within a second, nothing stored by a refused request, the service healthy afterwards.
 */
@QuarkusTest
class HostileInputTest {

    static final long SEED = 20_261_130L;
    static final String ADMIN = TestTokens.user("hebei.catalog").roles("catalog-admin").region("13").sign();

    static final String FRAMEWORK = """
            {"code":"H-2021","name":"2021年版绩效指标框架",
             "levels":[{"name":"产出指标","children":[{"name":"数量指标"},{"name":"质量指标"},{"name":"时效指标","synonyms":["进度指标"]}]},
                       {"name":"效益指标","synonyms":["效果指标"],"children":[{"name":"社会效益指标"}]},
                       {"name":"成本指标","children":[{"name":"经济成本指标"}]},
                       {"name":"满意度指标","children":[{"name":"服务对象满意度指标"}]}]}""";
    static final String TEMPLATE = """
            {"name":"培训合格率","level1":"产出指标","level2":"质量指标","valueKind":"quantitative","unit":"%",
             "direction":"positive","aliases":["培训考核合格率"],"typicalValues":[">=95%"],"policyAreas":["社会保障和就业"]}""";
    static final String RULE_SET = """
            {"version":"H-2026.1","fiscalYear":2026,
             "settings":{"VAGUE_WORDS":{"enabled":true,"severity":"WARNING"},"BUDGET_SUM":{"enabled":true,"severity":"ERROR"}},
             "wordLists":{"vagueWords":["有所提高","明显改善","进一步"]},
             "thresholds":{"minIndicators":3,"fundingTolerance":0.000001},
             "synonyms":{"效果指标":"效益指标"}}""";
    static final String RECOMMENDATION = """
            {"projectName":"就业补助资金","purpose":"职业培训补贴、社会保险补贴、公益性岗位补贴","level2s":["数量指标","质量指标","社会效益指标"]}""";
    static final String ASSIGNMENT = "{\"frameworkCode\":\"2021\"}";

    static final String[] TABLES = { "framework_version", "indicator_template", "rule_set", "fiscal_year_framework",
            "outbox_event" };

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void twoThousandFiveHundredHostileInputsAreAnsweredWellAndStoreNothingWhenRefused() {
        long start = System.nanoTime();
        HostileInputs inputs = new HostileInputs(SEED);
        HostileRequests requests = new HostileRequests(base);
        io.restassured.RestAssured.given().auth().oauth2(ADMIN).contentType("application/json").body(RECOMMENDATION)
                .when().post("/api/v1/recommendations").then().statusCode(200);   // warm-up, not counted

        writes(inputs, requests, "POST", "api/v1/frameworks", FRAMEWORK, 400);
        writes(inputs, requests, "POST", "api/v1/indicator-templates", TEMPLATE, 400);
        writes(inputs, requests, "POST", "api/v1/rule-sets", RULE_SET, 400);
        writes(inputs, requests, "PUT", "api/v1/rule-sets/H-2026.1", RULE_SET, 200);
        writes(inputs, requests, "PUT", "api/v1/fiscal-years/2031/framework", ASSIGNMENT, 150);
        writes(inputs, requests, "POST", "api/v1/recommendations?limit=5", RECOMMENDATION, 300);

        List<String> queries = List.of("api/v1/indicator-templates?q=%s&level2=%s&page=%s&size=%s",
                "api/v1/frameworks?page=%s&size=%s", "api/v1/frameworks/%s", "api/v1/rule-sets?fiscalYear=%s&page=%s&size=%s",
                "api/v1/rule-sets/active?fiscalYear=%s", "api/v1/rule-sets/%s", "api/v1/indicator-templates/%s",
                "api/v1/fiscal-years/%s/framework", "api/v1/recommendations?limit=%s");
        for (int i = 0; i < 850; i++) {
            String query = queries.get(i % queries.size());
            Object[] values = new Object[4];
            for (int v = 0; v < values.length; v++) {
                values[v] = inputs.parameterValue();
            }
            String method = query.startsWith("api/v1/recommendations") ? "POST" : "GET";
            byte[] body = method.equals("POST") ? RECOMMENDATION.getBytes(StandardCharsets.UTF_8) : null;
            requests.send(ADMIN, method, query.formatted(values), method.equals("POST") ? "application/json" : null, body,
                    "parameters " + java.util.Arrays.toString(values));
        }

        System.out.println(requests.summary("catalog-service") + ", " + (System.nanoTime() - start) / 1_000_000 + " ms in all");
        assertTrue(requests.failures().isEmpty(), requests.failureReport());
        assertTrue(requests.sent() >= 2500, "sent " + requests.sent());
        assertEquals(200, io.restassured.RestAssured.get("/q/health/live").statusCode());
    }

    private void writes(HostileInputs inputs, HostileRequests requests, String method, String path, String seed, int count) {
        for (HostileInputs.Input input : inputs.variants(seed, count)) {
            requests.sendWrite(ADMIN, method, path, input, () -> HostileRequests.rowCount(dataSource, TABLES));
        }
    }
}
