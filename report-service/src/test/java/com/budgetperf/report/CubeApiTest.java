package com.budgetperf.report;

import static com.budgetperf.report.CubeEvents.classified;
import static com.budgetperf.report.CubeEvents.finding;
import static com.budgetperf.report.CubeEvents.indicator;
import static com.budgetperf.report.CubeEvents.project;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;
import com.budgetperf.report.export.PngChart;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The cube API over events fed through Kafka, checked against hand-computed figures.
 *
 * <pre>
 * A 130607 (保定 满城区): P1 “=1+1 培训项目” 100.5 (财政 80.5 + 其他 20), 指标 培训人数 (定量, 人), 就业率 (定性);
 *                        P2 涉密 “涉密工程” 50, 指标 秘密指标 (CLASSIFIED); findings BUDGET_SUM E, VAGUE_WORD W ×2; score 80
 *                        review: county finance approves, final, grade 优           → APPROVED
 * B 130602 (保定 竞秀区): P1 7.000001, 指标 x, y (both 定量); finding VAGUE_WORD I; score 90
 *                        review: county finance approves, not final, grade 良      → IN_REVIEW, approved at COUNTY_FINANCE
 * C 131002 (廊坊 安次区): P1 99.9, 指标 z (DEADLINE); no findings; score 60; review: returned, 差 → RETURNED
 * </pre>
 */
@QuarkusTest
class CubeApiTest {

    static final String AGGREGATE = "/api/v1/cube/aggregate";
    static final String FACTS = "/api/v1/cube/facts";
    static final String ALL_MEASURES = "submissions,projects,budget_total,budget_fiscal,budget_other,indicators,"
            + "quantitative_share,findings_error,findings_warning,findings_info,mean_quality_score,approved,returned,pending";
    static int year;
    static String departmentA;

    static String analyst(String region) {
        return TestTokens.user("analyst." + region).roles("analyst").region(region).sign();
    }

    /** Once per class, when the application is up (a static @BeforeAll runs before Quarkus listens). */
    @BeforeEach
    void feed() {
        if (year != 0) {
            return;
        }
        int fresh = ReportEvents.freshFiscalYear();
        year = fresh;
        Submission a = new Submission(year, "130607").projects(
                project("P1", "=1+1 培训项目", "100.5", "80.5", "20",
                        indicator("产出指标", "数量指标", "培训人数", "QUANTITATIVE", "人"),
                        indicator("效益指标", "社会效益指标", "就业率", "QUALITATIVE", null)),
                classified("P2", "涉密工程", "50", indicator("产出指标", "质量指标", "秘密指标", "CLASSIFIED", "个")))
                .findings(finding("BUDGET_SUM", "ERROR"), finding("VAGUE_WORD", "WARNING"), finding("VAGUE_WORD", "WARNING"))
                .score(80, "良").send();
        departmentA = a.departmentCode;
        Submission b = new Submission(year, "130602").projects(
                project("P1", "@SUM(A1)", "7.000001", "7.000001", "0",
                        indicator("产出指标", "数量指标", "x", "QUANTITATIVE", "人"),
                        indicator("满意度指标", "服务对象满意度指标", "y", "QUANTITATIVE", "%")))
                .findings(finding("VAGUE_WORD", "INFO")).score(90, "优").send();
        Submission c = new Submission(year, "131002").projects(
                project("P1", "廊坊项目", "99.9", "99.9", "0", indicator("产出指标", "时效指标", "z", "DEADLINE", null)))
                .score(60, "中").send();
        String caseA = a.openCase();
        a.decide(caseA, "budget.review.approved.v1", "COUNTY_FINANCE", "优", true);
        String caseB = b.openCase();
        b.decide(caseB, "budget.review.approved.v1", "COUNTY_FINANCE", "良", false);
        b.enterStage(caseB, "CITY_FINANCE");
        String caseC = c.openCase();
        c.decide(caseC, "budget.review.returned.v1", "COUNTY_FINANCE", "差", false);

        String province = analyst("13");
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> aggregate(province, Map.of(
                "measures", "submissions,approved,returned,pending", "cut", "fiscal_year:" + year))
                .body("cells[0].submissions", equalTo(3))
                .body("cells[0].approved", equalTo(1))
                .body("cells[0].returned", equalTo(1))
                .body("cells[0].pending", equalTo(1)));
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> aggregate(province, Map.of(
                "measures", "submissions", "cut", "fiscal_year:" + year + "|grade:良", "approvedStage", "COUNTY_FINANCE"))
                .body("cells[0].submissions", equalTo(1)));
    }

    static ValidatableResponse aggregate(String token, Map<String, ?> parameters) {
        return given().auth().oauth2(token).queryParams(parameters).when().get(AGGREGATE)
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void provinceDrillsDownByCityWithEveryMeasureAsComputedByHand() {
        aggregate(analyst("13"), Map.of("measures", ALL_MEASURES, "drilldown", "region_city", "cut", "fiscal_year:" + year))
                .body("cells.region_city", contains("1306", "1310"))
                .body("cells.submissions", contains(2, 1))
                .body("cells.projects", contains(3, 1))
                .body("cells.budget_total", contains("157.500001", "99.900000"))
                .body("cells.budget_fiscal", contains("137.500001", "99.900000"))
                .body("cells.budget_other", contains("20.000000", "0.000000"))
                .body("cells.indicators", contains(5, 1))
                .body("cells.quantitative_share", contains("0.6000", "0.0000"))
                .body("cells.findings_error", contains(1, 0))
                .body("cells.findings_warning", contains(2, 0))
                .body("cells.findings_info", contains(1, 0))
                .body("cells.mean_quality_score", contains("85.00", "60.00"))
                .body("cells.approved", contains(1, 0))
                .body("cells.returned", contains(0, 1))
                .body("cells.pending", contains(1, 0))
                .body("summary.budget_total", equalTo("257.400001"))
                .body("summary.submissions", equalTo(3))
                .body("totalCells", equalTo(2))
                .body("includesEventsUpTo", notNullValue())
                .body("columns[0].label", equalTo("地市"));
    }

    @Test
    void cityAnalystSeesOnlyItsCountiesAndCanOrderAndPage() {
        String city = analyst("1306");
        Map<String, Object> query = new HashMap<>(Map.of("measures", "budget_total,projects", "drilldown", "region_county",
                "cut", "fiscal_year:" + year));
        aggregate(city, query)
                .body("cells.region_county", contains("130602", "130607"))
                .body("cells.budget_total", contains("7.000001", "150.500000"))
                .body("summary.budget_total", equalTo("157.500001"));
        query.put("order", "budget_total:desc");
        aggregate(city, query).body("cells.region_county", contains("130607", "130602"));
        query.put("size", 1);
        query.put("page", 1);
        aggregate(city, query).body("cells.region_county", contains("130602")).body("totalCells", equalTo(2));
        // a city drilldown by a city analyst: only its own city
        aggregate(city, Map.of("measures", "submissions", "drilldown", "region_city", "cut", "fiscal_year:" + year))
                .body("cells.region_city", contains("1306"));
        aggregate(analyst("1310"), Map.of("measures", "budget_total", "drilldown", "region_county", "cut", "fiscal_year:" + year))
                .body("cells.region_county", contains("131002"));
    }

    @Test
    void cutsAndApprovalRestrictTheFigures() {
        String province = analyst("13");
        String cut = "fiscal_year:" + year;
        aggregate(province, Map.of("measures", "submissions,budget_total", "cut", cut, "approvedOnly", "true"))
                .body("cells[0].submissions", equalTo(1)).body("cells[0].budget_total", equalTo("150.500000"));
        aggregate(province, Map.of("measures", "submissions,budget_total", "cut", cut, "approvedStage", "COUNTY_FINANCE"))
                .body("cells[0].submissions", equalTo(2)).body("cells[0].budget_total", equalTo("157.500001"));
        aggregate(province, Map.of("measures", "submissions", "drilldown", "region_county", "cut", cut,
                "approvedStage", "CITY_FINANCE")).body("cells", empty());
        aggregate(province, Map.of("measures", "submissions,budget_total", "cut", cut + "|status:RETURNED;REJECTED"))
                .body("cells[0].budget_total", equalTo("99.900000"));
        aggregate(province, Map.of("measures", "submissions", "drilldown", "grade", "cut", cut + "|status:APPROVED"))
                .body("cells.grade", contains("优"));
        aggregate(province, Map.of("measures", "submissions", "drilldown", "status", "cut", cut))
                .body("cells.status", contains("APPROVED", "IN_REVIEW", "RETURNED"));
        aggregate(province, Map.of("measures", "indicators,quantitative_share,submissions,projects", "drilldown", "level1",
                "cut", cut + "|region_city:1306"))
                .body("cells.level1", contains("产出指标", "效益指标", "满意度指标"))
                .body("cells.indicators", contains(3, 1, 1))
                .body("cells.quantitative_share", contains("0.6667", "0.0000", "1.0000"))
                .body("cells.submissions", contains(2, 1, 1))
                .body("cells.projects", contains(3, 1, 1));
        aggregate(province, Map.of("measures", "findings,findings_error", "drilldown", "rule_code", "cut", cut,
                "order", "findings:desc"))
                .body("cells.rule_code", contains("VAGUE_WORD", "BUDGET_SUM"))
                .body("cells.findings", contains(3, 1))
                .body("cells.findings_error", contains(0, 1));
        aggregate(province, Map.of("measures", "projects,budget_total", "drilldown", "classified", "cut", cut))
                .body("cells.classified", contains(false, true))
                .body("cells.budget_total", contains("207.400001", "50.000000"));
    }

    @Test
    void aNewerVersionReplacesProjectIndicatorAndFindingFactsAndStartsUnreviewed() {
        int other = ReportEvents.freshFiscalYear();
        String county = analyst("130607");
        Submission first = new Submission(other, "130607").projects(
                project("P1", "一", "10", "10", "0", indicator("产出指标", "数量指标", "a", "QUANTITATIVE", "人")),
                project("P2", "二", "20", "20", "0", indicator("产出指标", "数量指标", "b", "QUANTITATIVE", "人")))
                .findings(finding("BUDGET_SUM", "ERROR")).send();
        String caseId = first.openCase();
        first.decide(caseId, "budget.review.approved.v1", "COUNTY_FINANCE", "优", true);
        Map<String, String> query = Map.of("measures", "projects,indicators,budget_total,findings_error,approved,pending",
                "cut", "fiscal_year:" + other);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aggregate(county, query)
                .body("cells[0].projects", equalTo(2)).body("cells[0].approved", equalTo(1)));

        first.version(2).projects(project("P1", "一", "5", "5", "0",
                indicator("效益指标", "社会效益指标", "c", "QUALITATIVE", null))).findings().send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aggregate(county, query)
                .body("cells[0].projects", equalTo(1))
                .body("cells[0].indicators", equalTo(1))
                .body("cells[0].budget_total", equalTo("5.000000"))
                .body("cells[0].findings_error", equalTo(0))
                .body("cells[0].approved", equalTo(0))
                .body("cells[0].pending", equalTo(1)));
        // version 1 and a decision about it arriving late change nothing; a decision about version 2 does
        first.version(1).projects(project("P9", "旧", "99", "99", "0")).send();
        first.decide(caseId, "budget.review.approved.v1", "COUNTY_FINANCE", "优", true);
        first.version(2).decide(first.openCase(), "budget.review.rejected.v1", "COUNTY_FINANCE", "差", false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aggregate(county, Map.of("measures",
                "projects,budget_total,approved,pending", "drilldown", "status,grade", "cut", "fiscal_year:" + other))
                .body("cells.status", contains("REJECTED"))
                .body("cells.grade", contains("差"))
                .body("cells.budget_total", contains("5.000000")));
        given().auth().oauth2(county).queryParam("cut", "fiscal_year:" + other).queryParam("grain", "indicator")
                .when().get(FACTS).then().statusCode(200).body("cells.indicator_name", contains("c"));
        given().auth().oauth2(county).queryParam("cut", "fiscal_year:" + other).queryParam("grain", "finding")
                .when().get(FACTS).then().statusCode(200).body("cells", empty());
    }

    @Test
    void unknownNamesAndBadValuesAreRefusedAndOnlyAnalystsMayAsk() {
        String city = analyst("1306");
        for (String[] bad : new String[][] {
                {"measures", "budget_total;drop table fact_submission", "/measures"},
                {"measures", "nope", "/measures"},
                {"drilldown", "region_code", "/drilldown"},
                {"cut", "fiscal_year:明年", "/cut"},
                {"cut", "password:1", "/cut"},
                {"order", "budget_total:sideways", "/order"},
                {"approvedStage", "MOON", "/approvedStage"},
                {"size", "0", "/size"}}) {
            given().auth().oauth2(city).queryParam(bad[0], bad[1]).when().get(AGGREGATE)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED")).body("violations.field", contains(bad[2]));
        }
        // budget cannot be broken down by indicator level
        given().auth().oauth2(city).queryParam("measures", "budget_total").queryParam("drilldown", "level1")
                .when().get(AGGREGATE).then().statusCode(422).body("violations.field", contains("/measures"));
        given().auth().oauth2(city).queryParam("grain", "everything").when().get(FACTS)
                .then().statusCode(422).body("violations.field", contains("/grain"));
        given().auth().oauth2(TestTokens.user("reviewer").roles("reviewer").region("1306").sign())
                .when().get(AGGREGATE).then().statusCode(403);
        given().when().get(AGGREGATE).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("no.region").roles("analyst").sign()).when().get(AGGREGATE)
                .then().statusCode(403).body("code", equalTo("REGION_NOT_COVERED"));
    }

    @Test
    void factsRedactClassifiedProjectsAndStayInRegion() {
        given().auth().oauth2(analyst("1306")).queryParam("cut", "fiscal_year:" + year).when().get(FACTS)
                .then().statusCode(200)
                .body("cells.region_code", contains("130602", "130607", "130607"))
                .body("cells.project_name", contains("@SUM(A1)", "=1+1 培训项目", "涉密"))
                .body("cells.budget_total", contains("7.000001", "100.500000", "50.000000"))
                .body("cells.status", contains("IN_REVIEW", "APPROVED", "APPROVED"))
                .body("totalCells", equalTo(3));
        given().auth().oauth2(analyst("130607")).queryParam("cut", "fiscal_year:" + year).queryParam("grain", "indicator")
                .when().get(FACTS).then().statusCode(200)
                .body("cells.indicator_name", contains("培训人数", "就业率", "涉密"))
                .body("cells.unit", contains("人", null, "涉密"))
                .body("cells.value_kind", contains("QUANTITATIVE", "QUALITATIVE", "CLASSIFIED"))
                .body("cells.project_name", not(hasItem("涉密工程")));
    }

    @Test
    void csvAndXlsxExportsCarryTheSameNumbersWithNeutralisedCells() throws Exception {
        String city = analyst("1306");
        byte[] csv = given().auth().oauth2(city).accept("text/csv")
                .queryParam("measures", "budget_total,projects").queryParam("drilldown", "region_county")
                .queryParam("cut", "fiscal_year:" + year)
                .when().get(AGGREGATE).then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "BOM for Excel");
        // the name beside the code (RegionCode.label(): the platform's GB/T 2260 data)
        assertEquals(List.of("区县,区县名称,预算数（万元）,项目数", "130602,竞秀区,7.000001,1", "130607,满城区,150.500000,2"),
                List.of(text.substring(1).split("\r\n")));

        String facts = given().auth().oauth2(city).queryParam("format", "csv").queryParam("cut", "fiscal_year:" + year)
                .when().get(FACTS).then().statusCode(200).extract().asString();
        assertTrue(facts.contains(",'@SUM(A1),"), facts);
        assertTrue(facts.contains(",'=1+1 培训项目,"), facts);
        assertTrue(facts.contains(",涉密,是,50.000000,"), facts);
        assertTrue(!facts.contains("涉密工程"), facts);

        byte[] xlsx = given().auth().oauth2(city).queryParam("format", "xlsx").queryParam("cut", "fiscal_year:" + year)
                .when().get(FACTS).then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            Map<String, Integer> at = new HashMap<>();
            header.forEach(cell -> at.put(cell.getStringCellValue(), cell.getColumnIndex()));
            assertEquals(3, sheet.getLastRowNum());
            List<String> names = new ArrayList<>();
            List<String> budgets = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                names.add(sheet.getRow(r).getCell(at.get("项目名称")).getStringCellValue());
                budgets.add(new java.math.BigDecimal(String.valueOf(sheet.getRow(r).getCell(at.get("预算数（万元）"))
                        .getNumericCellValue())).setScale(6).toPlainString());
            }
            assertEquals(List.of("'@SUM(A1)", "'=1+1 培训项目", "涉密"), names);
            assertEquals(List.of("7.000001", "100.500000", "50.000000"), budgets);
        }

        byte[] aggregateXlsx = given().auth().oauth2(city)
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("measures", "budget_total,submissions").queryParam("drilldown", "region_city")
                .queryParam("cut", "fiscal_year:" + year).when().get(AGGREGATE).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(aggregateXlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals("1306", row.getCell(0).getStringCellValue());
            assertEquals("保定市", row.getCell(1).getStringCellValue());
            assertEquals(157.500001, row.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(2.0, row.getCell(3).getNumericCellValue());
        }
    }

    @Test
    void fiscalDataPackageHoldsDescriptorAndCsv() throws Exception {
        byte[] zip = given().auth().oauth2(analyst("13")).queryParam("measures", "budget_total,submissions")
                .queryParam("drilldown", "region_city,fiscal_year").queryParam("cut", "fiscal_year:" + year)
                .when().get("/api/v1/cube/datapackage").then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                entries.put(entry.getName(), out.toString(StandardCharsets.UTF_8));
            }
        }
        JsonNode descriptor = ReportEvents.JSON.readTree(entries.get("datapackage.json"));
        assertEquals("fiscal-data-package", descriptor.path("profile").asText());
        JsonNode fields = descriptor.path("resources").path(0).path("schema").path("fields");
        assertEquals("region_city", fields.path(0).path("name").asText());
        assertEquals("region_city_name", fields.path(1).path("name").asText());
        assertEquals("integer", fields.path(2).path("type").asText());
        assertEquals("number", fields.path(3).path("type").asText());
        assertEquals("region_city", descriptor.path("model").path("dimensions").path("region_city").path("attributes")
                .path("region_city_name").path("labelfor").asText());
        assertEquals("CNY", descriptor.path("model").path("measures").path("budget_total").path("currency").asText());
        assertEquals("location", descriptor.path("model").path("dimensions").path("region_city").path("dimensionType").asText());
        assertEquals("region_city,region_city_name,fiscal_year,budget_total,submissions\r\n1306,保定市," + year
                + ",157.500001,2\r\n1310,廊坊市," + year + ",99.900000,1\r\n", entries.get("data.csv"));
    }

    @Test
    void cityReportPageIsSelfContainedChineseHtml() {
        String html = given().auth().oauth2(analyst("1306")).queryParam("fiscalYear", year).when().get("/api/v1/reports/city")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("<html lang=\"zh-CN\">") && html.contains("主要数据") && html.contains("分区县情况"), html);
        assertTrue(html.contains(">满城区</a></th><td class=\"text\">130607</td><td>1</td><td>2</td><td>150.50</td>"), html);
        assertTrue(html.contains(year + "年度各区县预算数") && html.contains("审核等级分布") && html.contains("<svg")
                && html.contains(year + "年度审核进度（累计）") && html.contains(">累计提交<"), html);
        assertTrue(!html.contains("131002") && !html.contains("<script") && !html.contains("<link") && !html.contains("src="), html);
        // the same page for people at /reports/city (Keycloak login in a browser; a bearer token works too)
        String page = given().auth().oauth2(analyst("1306")).queryParam("fiscalYear", year).when().get("/reports/city")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("<a href=\"/reports/city?fiscalYear=" + year + "&amp;region=130607\">满城区</a></th><td class=\"text\">130607</td><td>1</td><td>2</td><td>150.50</td>")
                && !page.contains("131002") && !page.contains("150.500000"), page);
        given().auth().oauth2(TestTokens.user("r").roles("reviewer").region("1306").sign()).when().get("/reports/city")
                .then().statusCode(403);
    }

    @Test
    void departmentDisclosureIsXlsxInTheHebeiLayoutWithClassifiedProjectsRedacted() throws Exception {
        byte[] xlsx = given().auth().oauth2(analyst("1306")).queryParam("fiscalYear", year)
                .when().get("/api/v1/reports/departments/" + departmentA + "/disclosure.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, workbook.getNumberOfSheets(), "部门整体, then one sheet per project");
            assertEquals("部门整体", workbook.getSheetAt(0).getSheetName());
            Sheet first = workbook.getSheetAt(1);
            assertEquals("1.=1+1 培训项目绩效目标表", first.getRow(0).getCell(0).getStringCellValue());
            int names = DisclosureContentTest.rowOf(first, "项目编码");
            assertEquals("'=1+1 培训项目", first.getRow(names).getCell(5).getStringCellValue(), "neutralised");
            int funds = DisclosureContentTest.rowOf(first, "预算规模及资金用途");
            assertEquals(100.5, first.getRow(funds).getCell(2).getNumericCellValue());
            int grid = DisclosureContentTest.rowOf(first, "一级指标");
            assertEquals("培训人数", first.getRow(grid + 1).getCell(2).getStringCellValue());
            assertEquals("原文", first.getRow(grid + 1).getCell(4).getStringCellValue());
            Sheet secret = workbook.getSheetAt(2);
            assertEquals("涉密", secret.getRow(DisclosureContentTest.rowOf(secret, "项目编码")).getCell(5).getStringCellValue());
            assertEquals(50.0, secret.getRow(DisclosureContentTest.rowOf(secret, "预算规模及资金用途")).getCell(2)
                    .getNumericCellValue());
            int secretGrid = DisclosureContentTest.rowOf(secret, "一级指标");
            assertEquals("产出指标", secret.getRow(secretGrid + 1).getCell(0).getStringCellValue());
            assertEquals("涉密", secret.getRow(secretGrid + 1).getCell(2).getStringCellValue());
            assertEquals("涉密", secret.getRow(secretGrid + 1).getCell(4).getStringCellValue());
            StringBuilder all = new StringBuilder();
            secret.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertTrue(!all.toString().contains("涉密工程") && !all.toString().contains("秘密指标"), all.toString());
        }
        // another city's analyst does not see it
        given().auth().oauth2(analyst("1310")).queryParam("fiscalYear", year)
                .when().get("/api/v1/reports/departments/" + departmentA + "/disclosure.xlsx").then().statusCode(404);
    }

    @Test
    void chartsAreSvgAndPngWithChineseText() throws Exception {
        String city = analyst("1306");
        String svg = given().auth().oauth2(city).queryParam("fiscalYear", year).when().get("/api/v1/charts/budget-by-county.svg")
                .then().statusCode(200).contentType(containsString("image/svg+xml")).extract().asString();
        assertTrue(svg.contains(year + "年度各区县预算数"), svg);
        assertTrue(svg.contains(">满城区<") && svg.contains(">150.5<") && !svg.contains("131002") && !svg.contains("安次区"), svg);
        String grades = given().auth().oauth2(analyst("13")).queryParam("fiscalYear", year)
                .when().get("/api/v1/charts/grade-distribution.svg").then().statusCode(200).extract().asString();
        assertTrue(grades.contains("审核等级分布") && grades.indexOf(">优<") > 0 && grades.indexOf(">优<") < grades.indexOf(">良<")
                && grades.indexOf(">良<") < grades.indexOf(">差<"), grades);
        String rules = given().auth().oauth2(city).queryParam("fiscalYear", year)
                .when().get("/api/v1/charts/findings-by-rule.svg").then().statusCode(200).extract().asString();
        assertTrue(rules.contains("机审问题按规则分布") && rules.contains(">VAGUE_WORD<"), rules);
        byte[] png = given().auth().oauth2(city).queryParam("fiscalYear", year)
                .when().get("/api/v1/charts/budget-by-county.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image);
        assertEquals(800, image.getWidth());
        assertNotEquals("SansSerif", PngChart.fontFamily(), "a CJK font must be installed (fonts-noto-cjk)");
        given().auth().oauth2(city).when().get("/api/v1/charts/pie.svg").then().statusCode(404);
    }
}
