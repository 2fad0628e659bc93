package com.budgetperf.report;

import static com.budgetperf.report.CubeEvents.classified;
import static com.budgetperf.report.CubeEvents.finding;
import static com.budgetperf.report.CubeEvents.indicator;
import static com.budgetperf.report.CubeEvents.project;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Rebuild equivalence: the read model emptied and replayed from the topics answers exactly as the live one did.
 *
 * <pre>
 * S1 130607: version 1 (one project 10), then version 2 (two projects 20 + 涉密 5); v2 returned at county finance
 * S2 130602: sent twice with the same event id (a duplicate); approved, final, grade 优
 * S3 131002: pending
 * S4 130871 (another year): seed 000, version 2 with fewer goals — its disclosure (部门整体 grid, goals, 资金用途, plans)
 * S5 130607 (that year): seed 001, withdrawn — not disclosed, before and after
 * plus an unreadable record on budget.submissions (dead-lettered live, left out by the rebuild)
 * </pre>
 */
@QuarkusTest
class ReadModelRebuildTest {

    static final String REBUILD = "/api/v1/admin/read-model/rebuild";

    @Test
    void rebuildFromTheTopicsGivesTheSameAnswers() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        Submission s1 = new Submission(year, "130607").projects(
                project("A", "农村道路养护", "10", "10", "0", indicator("产出指标", "数量指标", "养护里程", "QUANTITATIVE", "公里")))
                .score(70, "中").send();
        s1.version(2).projects(
                project("A", "农村道路养护", "20", "15", "5",
                        indicator("产出指标", "数量指标", "养护里程", "QUANTITATIVE", "公里"),
                        indicator("满意度指标", "服务对象满意度指标", "群众满意度", "QUANTITATIVE", "%")),
                classified("B", "保密工程", "5", indicator("产出指标", "质量指标", "秘密指标", "CLASSIFIED", null)))
                .findings(finding("VAGUE_WORD", "WARNING")).score(85, "良").send();
        s1.decide(s1.openCase(), "budget.review.returned.v1", "COUNTY_FINANCE", "中", false);
        Submission s2 = new Submission(year, "130602").projects(
                project("C", "职业技能培训", "7.5", "7.5", "0", indicator("产出指标", "数量指标", "培训人次", "QUANTITATIVE", "人次")))
                .score(92, "优");
        ObjectNode s2data = s2.data();
        String duplicateId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            KafkaProbe.send("budget.submissions", s2.submissionId.toString(), ReportEvents.envelope(duplicateId,
                    "budget.submission.submitted.v1", "/budget/submission-service", s2data));
        }
        s2.decide(s2.openCase(), "budget.review.approved.v1", "COUNTY_FINANCE", "优", true);
        new Submission(year, "131002").projects(project("D", "廊坊项目", "3", "3", "0")).send();
        KafkaProbe.send("budget.submissions", UUID.randomUUID().toString(), "这不是事件");
        // the disclosure's content (V160): seed 000 filed twice (version 2 keeps fewer goals), seed 001 withdrawn
        int seedYear = ReportEvents.freshFiscalYear();
        Submission s4 = SeedDocuments.submission(SeedDocuments.SEED_000, seedYear).send();
        ObjectNode fewer = SeedDocuments.document(SeedDocuments.SEED_000);
        fewer.putArray("subGoals").add("1、就业工作：第二版");
        ((ObjectNode) fewer.withArray("projects").get(0)).putArray("goals").add("第二版目标");
        s4.version(2).document(fewer).send();
        Submission s5 = SeedDocuments.submission(SeedDocuments.SEED_001, seedYear).send();
        WithdrawalProjectionTest.withdraw(s5, 1);

        String province = TestTokens.user("analyst.13").roles("analyst").region("13").sign();
        Map<String, String> aggregate = Map.of(
                "measures", CubeApiTest.ALL_MEASURES + ",rejected,findings",
                "drilldown", "region_county,status",
                "cut", "fiscal_year:" + year);
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().auth().oauth2(province)
                .queryParams(aggregate).when().get(CubeApiTest.AGGREGATE).then().statusCode(200)
                .body("summary.submissions", equalTo(3))
                .body("summary.projects", equalTo(4))
                .body("summary.returned", equalTo(1))
                .body("summary.approved", equalTo(1))
                .body("summary.pending", equalTo(1)));

        JsonNode aggregateBefore = get(province, CubeApiTest.AGGREGATE, aggregate);
        JsonNode factsBefore = get(province, CubeApiTest.FACTS, Map.of("grain", "project", "cut", "fiscal_year:" + year));
        JsonNode indicatorsBefore = get(province, CubeApiTest.FACTS, Map.of("grain", "indicator", "cut", "fiscal_year:" + year));
        String progressBefore = given().auth().oauth2(province).queryParam("fiscalYear", year)
                .when().get("/api/v1/charts/review-progress.svg").then().statusCode(200).extract().asString();
        String disclosureBefore = await().atMost(Duration.ofSeconds(40)).until(
                () -> DisclosureContentTest.dump(DisclosureContentTest.disclosure(province, s4, seedYear, "xlsx")),
                text -> text.contains("第二版目标"));
        await().atMost(Duration.ofSeconds(40)).until(() -> given().auth().oauth2(province)
                .queryParam("fiscalYear", seedYear).when().get(DisclosureContentTest.path(s5, "xlsx")).then().extract()
                .statusCode() == 404);
        String contentBefore = disclosureContent(s1.submissionId, s4.submissionId, s5.submissionId);
        assertTrue(contentBefore.contains("第二版目标") && contentBefore.contains("《财务管理制度》《社会保险基金财务制度》")
                && contentBefore.contains("对2021年参加城乡居民养老保险的重度残疾人员进行代缴补贴"), contentBefore);
        long processedBefore = count("select count(*) from processed_event where consumer = 'report-service'");
        long submissionsBefore = count("select count(*) from fact_submission");

        String admin = TestTokens.user("admin.hebei").roles("admin").region("13").sign();
        JsonNode rebuilt = ReportEvents.JSON.readTree(given().auth().oauth2(admin).when().post(REBUILD)
                .then().statusCode(200).contentType("application/json").extract().asString());
        assertTrue(rebuilt.get("eventsReplayed").asLong() >= 9, rebuilt.toString());
        assertTrue(rebuilt.get("eventsRejected").asLong() >= 1, rebuilt.toString());
        assertEquals(aggregateBefore.get("includesEventsUpTo"), rebuilt.get("includesEventsUpTo"), rebuilt.toString());

        JsonNode aggregateAfter = get(province, CubeApiTest.AGGREGATE, aggregate);
        assertEquals(aggregateBefore.get("includesEventsUpTo"), aggregateAfter.get("includesEventsUpTo"));
        assertEquals(withoutFreshness(aggregateBefore), withoutFreshness(aggregateAfter));
        assertEquals(withoutFreshness(factsBefore),
                withoutFreshness(get(province, CubeApiTest.FACTS, Map.of("grain", "project", "cut", "fiscal_year:" + year))));
        assertEquals(withoutFreshness(indicatorsBefore),
                withoutFreshness(get(province, CubeApiTest.FACTS, Map.of("grain", "indicator", "cut", "fiscal_year:" + year))));
        assertEquals(progressBefore, given().auth().oauth2(province).queryParam("fiscalYear", year)
                .when().get("/api/v1/charts/review-progress.svg").then().statusCode(200).extract().asString());
        assertEquals(contentBefore, disclosureContent(s1.submissionId, s4.submissionId, s5.submissionId));
        assertEquals(disclosureBefore,
                DisclosureContentTest.dump(DisclosureContentTest.disclosure(province, s4, seedYear, "xlsx")));
        given().auth().oauth2(province).queryParam("fiscalYear", seedYear).when()
                .get(DisclosureContentTest.path(s5, "pdf")).then().statusCode(404);
        assertEquals(processedBefore, count("select count(*) from processed_event where consumer = 'report-service'"));
        assertEquals(submissionsBefore, count("select count(*) from fact_submission"));
        String facts = factsBefore.toString();
        assertTrue(facts.contains("涉密") && !facts.contains("保密工程") && facts.contains("职业技能培训"), facts);
    }

    @Test
    void onlyProvinceAdministratorsRebuild() {
        given().when().post(REBUILD).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("analyst.13").roles("analyst").region("13").sign())
                .when().post(REBUILD).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("admin.baoding").roles("admin").region("1306").sign())
                .when().post(REBUILD).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("PROVINCE_ONLY"));
    }

    static JsonNode get(String token, String path, Map<String, ?> parameters) throws Exception {
        return ReportEvents.JSON.readTree(given().auth().oauth2(token).queryParams(parameters).when().get(path)
                .then().statusCode(200).extract().asString());
    }

    static JsonNode withoutFreshness(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("includesEventsUpTo");
        return copy;
    }

    /** Every row of the disclosure's content (V160) for these submissions, in key order. */
    static String disclosureContent(UUID... submissions) throws Exception {
        String ids = java.util.Arrays.stream(submissions).map(id -> "'" + id + "'")
                .collect(java.util.stream.Collectors.joining(","));
        StringBuilder all = new StringBuilder();
        for (String select : new String[] {
                "select submission_id, version, project_no, purpose, plan_mar, plan_jun, plan_oct, plan_dec from fact_project",
                "select submission_id, project_no, indicator_no, description, value_written, basis, scoring from fact_indicator",
                "select submission_id, version, project_no, goal_no, goal from fact_project_goal",
                "select submission_id, version, overall_goal, safeguards from fact_department_target",
                "select submission_id, version, goal_no, goal from fact_department_goal",
                "select submission_id, version, indicator_no, level1, level2, name, description, value_written, basis, scoring"
                        + " from fact_department_indicator"}) {
            try (Connection connection = SharedPostgres.connect("report"); Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(select + " where submission_id in (" + ids + ") order by 1, 2, 3, 4")) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        all.append(result.getString(c)).append('|');
                    }
                    all.append('\n');
                }
            }
        }
        return all.toString();
    }

    static long count(String sql) throws Exception {
        try (Connection connection = SharedPostgres.connect("report"); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
