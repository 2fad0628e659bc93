package com.budgetperf.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The reviewers' web UI rendered with bearer tokens (the {@code ui} tenant is hybrid: the browser login is
 * exercised against Keycloak by deploy/local's ReviewUiIT). Cases are opened by submission events.
 */
@QuarkusTest
class ReviewUiTest {

    static final String MANCHENG = TestTokens.user("li.si").roles("reviewer").region("130607").sign();
    static final String JINGXIU = TestTokens.user("wang.wu").roles("reviewer").region("130602").sign();
    static final String BAODING = TestTokens.user("zhao.liu").roles("reviewer").region("1306").sign();
    static final String ANALYST = TestTokens.user("qian.qi").roles("analyst").region("130607").sign();

    static String submitted(UUID submissionId, String departmentName) {
        return """
                {"specversion":"1.0","id":"%1$s","source":"/budget/submission-service",
                 "type":"budget.submission.submitted.v1","time":"2025-01-10T08:00:01Z","subject":"%2$s",
                 "datacontenttype":"application/json",
                 "data":{"submissionId":"%2$s","fiscalYear":2025,"regionCode":"130607","departmentCode":"356001",
                         "departmentName":"%3$s","version":1,"status":"SUBMITTED",
                         "submittedAt":"2025-01-10T08:00:00Z","submittedBy":"county-system",
                         "document":{"overallGoal":"做好就业创业工作","subGoals":["全年城镇新增就业1524人"],"safeguards":"加强资金监管",
                           "departmentIndicators":[],
                           "projects":[{"code":"P001","name":"就业补助资金","budget":{"total":120.5,"fiscal":100.5,"other":20},
                             "purpose":"落实就业创业扶持政策","disbursementPlan":{"mar":20,"jun":50,"oct":80,"dec":100},
                             "goals":["1.城镇新增就业1524人"],"classified":false,
                             "indicators":[
                               {"level1":"产出指标","level2":"数量指标","name":"城镇新增就业人数","description":"全年城镇新增就业",
                                "value":{"raw":"≥1524人"},"basis":"计划标准","scoring":"完成得满分"},
                               {"level1":"产出指标","level2":"质量指标","name":"补贴发放准确率","description":"补贴发放准确",
                                "value":{"raw":"较好"},"basis":"工作需要"},
                               {"level1":"满意度指标","level2":"服务对象满意度指标","name":"受益群众满意度","description":"群众满意",
                                "value":{"symbol":"≥","number":90,"unit":"%%"},"basis":"历史标准"}]}]},
                         "findings":[{"ruleCode":"NOT_QUANTIFIED","severity":"ERROR","path":"/projects/0/indicators/1","message":"指标值“较好”未量化"},
                                     {"ruleCode":"VAGUE_BASIS","severity":"WARNING","path":"/projects/0/indicators/1/basis","message":"确定依据“工作需要”不明确"}]}}"""
                .formatted(UUID.randomUUID(), submissionId, departmentName);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept("text/html").redirects().follow(false);
    }

    /**
     * A form post as the browser sends it: the CSRF cookie its pages set and the same token in the form field
     * (double submit), from the reviewers' own origin.
     */
    static RequestSpecification posting(String token) {
        String csrf = as(token).get("/ui/cases").then().statusCode(200).extract().cookie("csrf-token");
        assertTrue(csrf != null && !csrf.isEmpty(), "the UI pages set the CSRF cookie");
        return as(token).cookie("csrf-token", csrf).formParam("csrf-token", csrf);
    }

    static String openCase(String departmentName) {
        UUID submissionId = UUID.randomUUID();
        KafkaProbe.send("budget.submissions", submissionId.toString(), submitted(submissionId, departmentName));
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> all = given().auth().oauth2(MANCHENG).get("/api/v1/review-cases?size=200")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return all.stream().filter(c -> submissionId.toString().equals(c.get("submissionId")))
                    .map(c -> (String) c.get("id")).findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    /** The {@code <tr>} of one indicator row (to its closing tag). */
    static String row(String html, String domId) {
        Matcher matcher = Pattern.compile("<tr id=\"row-" + domId + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(matcher.find(), "row " + domId + " in the page");
        return matcher.group();
    }

    @Test
    void rootOpensTheQueueAndTheQueueListsTheCaseWithItsFilters() {
        String caseId = openCase("满城区人社局（队列）");
        given().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", containsString("/ui/cases"));
        as(MANCHENG).get("/ui/cases?size=200").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("审核队列"), containsString("满城区人社局（队列）"),
                        containsString("href=\"/ui/cases/" + caseId + "\""), containsString("待审核"),
                        containsString("有机审错误"), containsString("已超期"), containsString("htmx.min.js"),
                        containsString("name=\"size\" value=\"200\""));
        as(MANCHENG).get("/ui/cases?status=APPROVED&size=200").then().statusCode(200)
                .body(not(containsString(caseId)));
        as(MANCHENG).get("/ui/cases?hasErrors=true&size=200").then().statusCode(200).body(containsString(caseId));
        as(MANCHENG).get("/ui/cases?grade=甲").then().statusCode(422).body(containsString("评级只能是 优、良、中 或 差"));
        as(MANCHENG).get("/ui/cases?region=1301").then().statusCode(403).body(containsString("不在您的权限范围内"));
        as(JINGXIU).get("/ui/cases?size=200").then().statusCode(200).body(not(containsString(caseId)));
        given().accept("application/json").get("/api/v1/review-cases").then().statusCode(401);
    }

    @Test
    void casePageShowsTheFormWithTheFindingOnItsRowAndOnlyTheAllowedActions() {
        String caseId = openCase("满城区人社局（表）");
        String html = as(MANCHENG).get("/ui/cases/" + caseId).then().statusCode(200).extract().asString();
        for (String expected : List.of("满城区人社局（表）", "做好就业创业工作", "全年城镇新增就业1524人", "项目支出绩效目标表",
                "项目名称", "就业补助资金", "预算数（万元）", "财政资金", "其他资金", "120.5", "100.5", "资金用途",
                "落实就业创业扶持政策", "资金支出计划", "3月底：20", "12月底：100", "绩效目标", "一级指标", "二级指标", "三级指标",
                "指标值", "指标值确定依据", "评分标准", "城镇新增就业人数", "≥1524人", "完成得满分", "≥90%", "县级财政",
                "审核历史", "开案")) {
            assertTrue(html.contains(expected), () -> "the case page shows " + expected);
        }
        String flagged = row(html, "projects-0-indicators-1");
        assertTrue(flagged.contains("finding-error"), flagged);
        assertTrue(flagged.contains("指标值“较好”未量化"), flagged);
        assertTrue(flagged.contains("确定依据“工作需要”不明确"), flagged);
        assertTrue(html.contains("href=\"#row-projects-0-indicators-1\""), "the findings list links to the row");
        String clean = row(html, "projects-0-indicators-0");
        assertFalse(clean.contains("finding-"), clean);
        assertTrue(html.contains("id=\"decision-form\""), "the county reviewer may decide");
        assertTrue(html.contains("value=\"中\""), "return offered");
        assertTrue(html.contains("id=\"claim\""), "claim offered");

        String city = as(BAODING).get("/ui/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(city.contains("城镇新增就业人数"), "the city reviewer reads the case");
        assertFalse(city.contains("decision-form"), "no decision form for the city at the county stage");
        assertFalse(city.contains("comment-form"), "no comment box either");
        assertFalse(city.contains("id=\"claim\""), "no claim");
    }

    @Test
    void commentThroughTheUiShowsItAndRefusalsAreShownInChinese() {
        String caseId = openCase("满城区人社局（意见）");
        posting(MANCHENG).header("HX-Request", "true").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("path", "/projects/0/indicators/1").formParam("text", "请把“较好”改为可量化的指标值")
                .post("/ui/cases/" + caseId + "/comments").then().statusCode(200)
                .body(containsString("请把“较好”改为可量化的指标值"), containsString("li.si"), not(containsString("<html")));
        String page = as(MANCHENG).get("/ui/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(row(page, "projects-0-indicators-1").contains("请把“较好”改为可量化的指标值"));
        given().auth().oauth2(MANCHENG).get("/api/v1/review-cases/" + caseId).then().statusCode(200)
                .body("comments.find { it.path == '/projects/0/indicators/1' }.text", containsString("较好"));

        posting(MANCHENG).header("HX-Request", "true").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("path", "/projects/0/indicators/1").formParam("text", "")
                .post("/ui/cases/" + caseId + "/comments").then().statusCode(422).body(containsString("请填写审核意见"));
        posting(MANCHENG).header("HX-Request", "true").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("path", "/projects/7").formParam("text", "无此项目")
                .post("/ui/cases/" + caseId + "/comments").then().statusCode(422).body(containsString("申报中没有第 8 个项目"));
        posting(BAODING).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("path", "").formParam("text", "市级意见")
                .post("/ui/cases/" + caseId + "/comments").then().statusCode(403).body(containsString("无权在此审核阶段操作"));

        as(JINGXIU).get("/ui/cases/" + caseId).then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("无权访问该行政区划的数据"));
        posting(JINGXIU).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("grade", "优")
                .post("/ui/cases/" + caseId + "/decision").then().statusCode(403).body(containsString("无权访问"));
        as(ANALYST).get("/ui/cases").then().statusCode(403);
    }

    @Test
    void decisionFormReturnsWithAReasonAndASecondDecisionIsRefusedInChinese() {
        String caseId = openCase("满城区人社局（决定）");
        posting(MANCHENG).contentType("application/x-www-form-urlencoded; charset=UTF-8").post("/ui/cases/" + caseId + "/claim")
                .then().statusCode(303);
        as(MANCHENG).get("/ui/cases/" + caseId + "?notice=claimed").then().statusCode(200)
                .body(containsString("已认领本案件"), containsString("审核中"));
        posting(MANCHENG).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("grade", "中")
                .formParam("reasonCode", "").formParam("reasonPath", "").formParam("reasonText", "")
                .post("/ui/cases/" + caseId + "/decision").then().statusCode(422)
                .body(containsString("评级为中（退回修改）时请至少选择一项退回原因"), containsString("id=\"decision-form\""));
        posting(MANCHENG).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("grade", "中")
                .formParam("reasonCode", "指标不量化", "").formParam("reasonPath", "/projects/0/indicators/1", "")
                .formParam("reasonText", "请量化", "").formParam("note", "请修改后重新报送")
                .post("/ui/cases/" + caseId + "/decision").then().statusCode(303)
                .header("Location", containsString("/ui/cases/" + caseId));
        String after = as(MANCHENG).get("/ui/cases/" + caseId + "?notice=decided").then().statusCode(200).extract().asString();
        assertTrue(after.contains("审核决定已提交：评级 中"), after);
        assertTrue(after.contains("已退回"));
        assertFalse(after.contains("decision-form"), "decided: no form any more");
        assertTrue(row(after, "projects-0-indicators-1").contains("指标不量化"), "the return reason on its row");
        assertTrue(after.contains("作出决定"), "the decision in the history");
        posting(MANCHENG).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("grade", "优")
                .post("/ui/cases/" + caseId + "/decision").then().statusCode(409).body(containsString("案件已作出决定"));
    }

    @Test
    void projectVerdictFormRendersAndPostingItShowsTheVerdict() {
        String caseId = openCase("满城区人社局（项目结论）");
        String html = as(MANCHENG).get("/ui/cases/" + caseId).then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"verdict-form-p0\""), "the verdict form of project 0");
        assertTrue(html.contains("value=\"REVISE\""), html);
        assertTrue(html.contains("不予安排"));
        assertTrue(html.contains("项目审核结论"));
        String city = as(BAODING).get("/ui/cases/" + caseId).then().statusCode(200).extract().asString();
        assertFalse(city.contains("verdict-form"), "no verdict form for the city at the county stage");

        posting(MANCHENG).header("HX-Request", "true").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("verdict", "REVISE").formParam("note", "请量化补贴发放准确率")
                .post("/ui/cases/" + caseId + "/projects/0/verdict").then().statusCode(200)
                .body(containsString("需修改"), containsString("请量化补贴发放准确率"), containsString("hx-swap-oob"),
                        not(containsString("<html")));
        posting(MANCHENG).header("HX-Request", "true").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("verdict", "").post("/ui/cases/" + caseId + "/projects/0/verdict").then().statusCode(422)
                .body(containsString("项目审核结论只能是"));
        posting(MANCHENG).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("verdict", "REJECT")
                .post("/ui/cases/" + caseId + "/projects/0/verdict").then().statusCode(303)
                .header("Location", containsString("notice=verdict"));
        String after = as(MANCHENG).get("/ui/cases/" + caseId + "?notice=verdict").then().statusCode(200).extract().asString();
        assertTrue(after.contains("项目审核结论已保存"), after);
        Matcher header = Pattern.compile("<h2>项目支出绩效目标表.*?</h2>", Pattern.DOTALL).matcher(after);
        assertTrue(header.find());
        assertTrue(header.group().contains("不予安排"), header.group());
        assertTrue(after.contains("value=\"REJECT\" required checked"), "the current verdict checked");
        assertTrue(after.contains("项目审核结论"), "in the history too");
        posting(BAODING).contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("verdict", "PASS")
                .post("/ui/cases/" + caseId + "/projects/0/verdict").then().statusCode(403)
                .body(containsString("无权在此审核阶段操作"));
    }
}
