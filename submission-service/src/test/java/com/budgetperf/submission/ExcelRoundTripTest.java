package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class ExcelRoundTripTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String MANCHENG = TestTokens.user("mancheng-excel").roles("submitter").region("130607").sign();
    static final String LIANCHI = TestTokens.user("lianchi-excel").roles("submitter").region("130606").sign();

    @Test
    void downloadEditAndUploadMakesANewVersion() throws IOException {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(MANCHENG).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "稳就业"))
                .when().post("/api/v1/submissions").then().statusCode(201).body("version", equalTo(1))
                .extract().path("id");

        ExtractableResponse<Response> download = template(MANCHENG, department).then().statusCode(200)
                .contentType(XLSX).extract();
        String fileName = "绩效目标表_2021_130607_" + department + ".xlsx";
        assertEquals("attachment; filename=\"target-form_2021_130607_" + department + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8), download.header("Content-Disposition"));

        byte[] edited;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(download.asByteArray()));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet indicators = workbook.getSheet("绩效指标");
            Row newJobs = indicators.getRow(1);
            DataFormatter formatter = new DataFormatter();
            assertEquals("P001", formatter.formatCellValue(newJobs.getCell(0)));
            assertEquals("城镇新增就业人数", formatter.formatCellValue(newJobs.getCell(3)));
            assertEquals("≥1524人", formatter.formatCellValue(newJobs.getCell(5)));
            newJobs.getCell(5).setCellValue("≥1600人");
            indicators.getRow(2).getCell(6).setBlank(); // 城镇登记失业率 without 指标值确定依据: the machine review says so
            workbook.write(out);
            edited = out.toByteArray();
        }

        given().auth().oauth2(LIANCHI).contentType(XLSX).body(edited)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("REGION_NOT_COVERED"));

        given().auth().oauth2(MANCHENG).contentType(XLSX).body(edited)
                .when().post("/api/v1/submission-forms?dryRun=true")
                .then().statusCode(200).body("stored", equalTo(false)).body("findings.ruleCode", hasItem("MISSING_BASIS"));

        given().auth().oauth2(MANCHENG).contentType(XLSX).body(edited)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/submissions/" + id))
                .header("ETag", notNullValue())
                .body("id", equalTo(id)).body("version", equalTo(2)).body("currentVersion", equalTo(2))
                .body("document.projects[0].indicators[0].value.raw", equalTo("≥1600人"))
                .body("findings.ruleCode", hasItem("MISSING_BASIS"))
                .body("qualityScore", notNullValue());

        given().auth().oauth2(MANCHENG).when().get("/api/v1/submissions/" + id)
                .then().statusCode(200).body("currentVersion", equalTo(2))
                .body("document.projects[0].indicators[0].value.raw", equalTo("≥1600人"))
                .body("document.projects[0].indicators[1].value.raw", equalTo("≤4.5%"))
                .body("document.projects[0].budget.total.toString()", equalTo("1574"))
                .body("document.overallGoal", equalTo("稳就业"));
    }

    @Test
    void aNewDepartmentGetsAnEmptyFormWithItsHeader() throws IOException {
        String department = SubmissionDocuments.departmentCode();
        byte[] xlsx = given().auth().oauth2(MANCHENG)
                .queryParam("fiscalYear", 2022).queryParam("regionCode", "130607")
                .queryParam("departmentCode", department).queryParam("departmentName", "满城区教育局")
                .when().get("/api/v1/submission-forms/template")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            Sheet info = workbook.getSheet("部门信息");
            assertEquals("2022", formatter.formatCellValue(info.getRow(1).getCell(1)));
            assertEquals("130607", formatter.formatCellValue(info.getRow(2).getCell(1)));
            assertEquals(department, formatter.formatCellValue(info.getRow(3).getCell(1)));
            assertEquals("满城区教育局", formatter.formatCellValue(info.getRow(4).getCell(1)));
            assertEquals(0, workbook.getSheet("项目").getLastRowNum());
        }
    }

    @Test
    void otherRegionsAndBrokenFilesAreRefused() {
        template(LIANCHI, SubmissionDocuments.departmentCode())
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("REGION_NOT_COVERED"));

        byte[] noise = new byte[2048];
        ThreadLocalRandom.current().nextBytes(noise);
        given().auth().oauth2(MANCHENG).contentType(XLSX).body(noise)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("FORM_INVALID")).body("violations[0].field", equalTo("文件"));

        given().auth().oauth2(MANCHENG).contentType(ContentType.BINARY).body(new byte[5 * 1024 * 1024 + 1])
                .when().post("/api/v1/submission-forms")
                .then().statusCode(413).contentType("application/problem+json").body("code", equalTo("FILE_TOO_LARGE"));
    }

    @Test
    void cellProblemsNameTheSheetAndCell() throws IOException {
        String department = SubmissionDocuments.departmentCode();
        given().auth().oauth2(MANCHENG).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "稳就业"))
                .when().post("/api/v1/submissions").then().statusCode(201);
        byte[] xlsx = template(MANCHENG, department).then().statusCode(200).extract().asByteArray();
        byte[] edited;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet("项目").getRow(1).getCell(2).setCellValue("约1574");
            workbook.write(out);
            edited = out.toByteArray();
        }
        given().auth().oauth2(MANCHENG).contentType(XLSX).body(edited)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("项目!C2"))
                .body("violations[0].message", org.hamcrest.Matchers.startsWith("项目!C2：预算数应为数字（万元）"));
    }

    private static Response template(String token, String department) {
        return given().auth().oauth2(token)
                .queryParam("fiscalYear", 2021).queryParam("regionCode", "130607").queryParam("departmentCode", department)
                .when().get("/api/v1/submission-forms/template");
    }
}
