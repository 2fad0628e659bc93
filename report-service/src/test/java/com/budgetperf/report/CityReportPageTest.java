package com.budgetperf.report;

import static com.budgetperf.report.CubeEvents.finding;
import static com.budgetperf.report.CubeEvents.indicator;
import static com.budgetperf.report.CubeEvents.project;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The city page and a department's identity over hand-made events. One department code, {@code D}, files in two
 * counties: they are two departments everywhere.
 *
 * <pre>
 * year Y-1  130607 满城区   D 满城区人力资源和社会保障局  200 万元
 * year Y    130607 满城区   D 满城区人力资源和社会保障局  P1 职业技能培训 302.6 (财政 300, 其他 2.6), 2 indicators, 1 quantitative;
 *                           finding VAGUE_BASIS “指标值确定依据不明确”; opened 5 days ago, approved (final) 2 days ago by mancheng.reviewer
 *           130602 竞秀区   D 竞秀区人力资源和社会保障局  P1 竞秀就业服务 1234.5, 1 quantitative indicator; opened 15 days ago, undecided
 *           130600 市本级   E 保定市财政局               P1 市级项目 10, no indicator; opened 4 days ago at CITY_FINANCE,
 *                           returned 3 days ago by baoding.reviewer: 指标不量化, 目标不明确 and a comment without a reason
 * </pre>
 */
@QuarkusTest
class CityReportPageTest {

    static int year;
    static String department;
    static String cityDepartment;

    static String analyst(String region) {
        return TestTokens.user("analyst." + region).roles("analyst").region(region).sign();
    }

    @BeforeEach
    void feed() {
        if (year != 0) {
            return;
        }
        year = ReportEvents.freshFiscalYear();
        department = ReportEvents.freshDepartment();
        cityDepartment = ReportEvents.freshDepartment();
        Instant now = Instant.now();
        new Submission(year - 1, "130607").department(department, "满城区人力资源和社会保障局")
                .projects(project("P0", "上年项目", "200", "200", "0")).send();
        Submission mancheng = new Submission(year, "130607").department(department, "满城区人力资源和社会保障局")
                .projects(project("P1", "职业技能培训", "302.6", "300", "2.6",
                        indicator("产出指标", "数量指标", "培训人数", "QUANTITATIVE", "人次"),
                        indicator("效益指标", "社会效益指标", "就业技能提升", "QUALITATIVE", null)))
                .findings(finding("VAGUE_BASIS", "WARNING", "指标值确定依据不明确")).send();
        Submission jingxiu = new Submission(year, "130602").department(department, "竞秀区人力资源和社会保障局")
                .projects(project("P1", "竞秀就业服务", "1234.5", "1234.5", "0",
                        indicator("产出指标", "数量指标", "服务人数", "QUANTITATIVE", "人"))).send();
        Submission own = new Submission(year, "130600").department(cityDepartment, "保定市财政局")
                .projects(project("P1", "市级项目", "10", "10", "0")).send();
        String caseA = mancheng.openCase("COUNTY_FINANCE", now.minus(5, ChronoUnit.DAYS));
        mancheng.approveBy(caseA, "COUNTY_FINANCE", "mancheng.reviewer", true, now.minus(2, ChronoUnit.DAYS));
        jingxiu.openCase("COUNTY_FINANCE", now.minus(15, ChronoUnit.DAYS));
        String caseC = own.openCase("CITY_FINANCE", now.minus(4, ChronoUnit.DAYS));
        own.returnWith(caseC, "CITY_FINANCE", "baoding.reviewer", now.minus(3, ChronoUnit.DAYS), "指标不量化", "目标不明确", "");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> CubeApiTest.aggregate(analyst("1306"), Map.of(
                "measures", "submissions,approved,returned,pending", "cut", "fiscal_year:" + year))
                .body("cells[0].submissions", equalTo(3)).body("cells[0].approved", equalTo(1))
                .body("cells[0].returned", equalTo(1)).body("cells[0].pending", equalTo(1)));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertTrue(page(Map.of()).contains("指标不量化")));
    }

    static String page(Map<String, ?> choices) {
        return given().auth().oauth2(analyst("1306")).queryParam("fiscalYear", year).queryParams(choices)
                .when().get("/reports/city").then().statusCode(200).extract().asString();
    }

    @Test
    void theCityPageShowsNamesFormattedNumbersAndTheYearBefore() {
        String html = page(Map.of());
        assertTrue(html.contains("<title>保定市 " + year + "年度预算绩效目标报表</title>"), html);
        // counties by name, linked one level down, codes in their own column; the city's own departments as 市本级
        assertTrue(html.contains("<a href=\"/reports/city?fiscalYear=" + year + "&amp;region=130607\">满城区</a>"), html);
        assertTrue(html.contains("<a href=\"/reports/city?fiscalYear=" + year + "&amp;region=130602\">竞秀区</a>"), html);
        assertTrue(html.contains("<a href=\"/reports/city?fiscalYear=" + year + "&amp;region=130600&amp;own=true\">保定市本级</a>"), html);
        assertTrue(html.contains("<td class=\"text\">130607</td>"), html);
        // 万元 with two decimals and separators, shares as percentages, the previous year beside this one
        assertTrue(html.contains("<td>302.60</td>") && html.contains("<td>1,234.50</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">预算数（万元）</th><td>1,547.10</td><td>200.00</td><td>+1,347.10</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">定量指标占比</th><td>66.7%</td>"), html);
        assertTrue(html.contains("<td>50.0%</td>") && html.contains("<td>200.00</td></tr>"), html);
        assertFalse(html.contains("302.600000") || html.contains("0.6667") || html.contains("<td>1234.5"), html);
        // Chinese rule titles, not codes
        assertTrue(html.contains("<th scope=\"row\">指标值确定依据不明确</th><td>1</td>"), html);
        assertFalse(html.contains("VAGUE_BASIS"), html);
        // choices: year, approval stage, approved only; accessible labels
        assertTrue(html.contains("<option value=\"" + year + "\" selected>" + year + "年度</option>"), html);
        assertTrue(html.contains("<option value=\"" + (year - 1) + "\">"), html);
        assertTrue(html.contains("<label for=\"approvedStage\">审核口径</label>") && html.contains("<label for=\"approvedOnly\">只看终审通过</label>"), html);
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src="), html);
    }

    @Test
    void theReviewPanelTellsHowLongReviewsTakeWhatIsOverdueAndWhy() {
        String html = page(Map.of());
        assertTrue(html.contains("<th scope=\"row\">县级财政</th><td>2</td><td>1</td><td>1</td><td>3.0 天</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">市级财政</th><td>1</td><td>1</td><td>0</td><td>1.0 天</td>"), html);
        assertTrue(html.contains("超期未审（超过 10 天，共 1 件）"), html);
        assertTrue(html.contains("<td class=\"text\">竞秀区</td><th scope=\"row\">竞秀区人力资源和社会保障局</th>"
                + "<td class=\"text\">县级财政</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">指标不量化</th><td>1</td>") && html.contains("<th scope=\"row\">目标不明确</th><td>1</td>")
                && !html.contains("未注明原因"), html);
        assertTrue(html.contains("<th scope=\"row\">mancheng.reviewer</th><td>1</td><td>1</td><td>0</td><td>0</td><td>3.0 天</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">baoding.reviewer</th><td>1</td><td>0</td><td>1</td><td>0</td><td>1.0 天</td>"), html);
    }

    @Test
    void fromTheCityDownToACountyADepartmentAndAProject() {
        String county = page(Map.of("region", "130607"));
        assertTrue(county.contains("<title>满城区 " + year + "年度预算绩效目标报表</title>") && county.contains("分部门情况"), county);
        assertTrue(county.contains("<li><a href=\"/reports/city?fiscalYear=" + year + "\">保定市</a></li>"), county);
        assertTrue(county.contains("<a href=\"/reports/city?fiscalYear=" + year + "&amp;region=130607&amp;department=" + department
                + "\">满城区人力资源和社会保障局</a>"), county);
        // the same code in another county is another department
        assertFalse(county.contains("竞秀区人力资源和社会保障局") || county.contains("1,234.50"), county);

        String departmentPage = page(Map.of("region", "130607", "department", department));
        assertTrue(departmentPage.contains("<a href=\"/reports/city?fiscalYear=" + year + "&amp;region=130607&amp;department="
                + department + "&amp;project=1\">职业技能培训</a>"), departmentPage);
        assertTrue(departmentPage.contains("<td>302.60</td><td>300.00</td><td>2.60</td><td>2</td>"), departmentPage);
        assertFalse(departmentPage.contains("竞秀就业服务"), departmentPage);

        String projectPage = page(Map.of("region", "130607", "department", department, "project", "1"));
        assertTrue(projectPage.contains("<h2 id=\"project\">职业技能培训</h2>") && projectPage.contains("培训人数")
                && projectPage.contains("<li aria-current=\"page\">职业技能培训</li>"), projectPage);

        String own = page(Map.of("region", "130600", "own", "true"));
        assertTrue(own.contains("<title>保定市本级 " + year + "年度预算绩效目标报表</title>") && own.contains(">保定市财政局</a>")
                && !own.contains("满城区人力资源和社会保障局"), own);
    }

    @Test
    void approvedOnlyCountsFinalApprovalsAndBadChoicesAreRefused() {
        String approved = page(Map.of("approvedOnly", "true"));
        assertTrue(approved.contains("<th scope=\"row\">申报数</th><td>1</td>") && approved.contains("口径：终审通过")
                && approved.contains("id=\"approvedOnly\" name=\"approvedOnly\" value=\"true\" checked"), approved);
        String county = page(Map.of("approvedStage", "COUNTY_FINANCE"));
        assertTrue(county.contains("<option value=\"COUNTY_FINANCE\" selected>") && county.contains("&amp;approvedStage=COUNTY_FINANCE"), county);
        String city = analyst("1306");
        given().auth().oauth2(city).queryParam("region", "131002").when().get("/reports/city").then().statusCode(404);
        given().auth().oauth2(city).queryParam("region", "13x").when().get("/reports/city").then().statusCode(422);
        given().auth().oauth2(city).queryParam("project", "1").when().get("/reports/city").then().statusCode(404);
        given().auth().oauth2(city).queryParam("approvedStage", "PROVINCE").when().get("/api/v1/reports/city").then().statusCode(422);
        given().auth().oauth2(city).queryParam("fiscalYear", year).queryParam("region", "130607").queryParam("department", "nope")
                .when().get("/reports/city").then().statusCode(404);
    }

    @Test
    void aDepartmentIsItsRegionAndCodeInTheCubeAndTheDisclosure() {
        String city = analyst("1306");
        CubeApiTest.aggregate(city, Map.of("measures", "budget_total", "drilldown", "department,department_name",
                        "cut", "fiscal_year:" + year + "|department:130607/" + department + ";130602/" + department))
                .body("cells.department", containsInAnyOrder("130602/" + department, "130607/" + department))
                .body("cells.department_name", containsInAnyOrder("竞秀区人力资源和社会保障局", "满城区人力资源和社会保障局"));
        CubeApiTest.aggregate(city, Map.of("measures", "submissions", "drilldown", "region_county", "cut", "fiscal_year:" + year))
                .body("cells.region_county_name", contains("保定市", "竞秀区", "满城区"));
        String path = "/api/v1/reports/departments/" + department + "/disclosure.xlsx";
        given().auth().oauth2(city).queryParam("fiscalYear", year).when().get(path).then().statusCode(422);
        given().auth().oauth2(city).queryParam("fiscalYear", year).queryParam("regionCode", "130602").when().get(path)
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString("disclosure-130602-"));
        given().auth().oauth2(analyst("130607")).queryParam("fiscalYear", year).when().get(path).then().statusCode(200);
        given().auth().oauth2(city).queryParam("fiscalYear", year).queryParam("regionCode", "131002").when().get(path)
                .then().statusCode(404);
    }
}
