package com.budgetperf.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
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
    static final String EMPLOYMENT = "项目1 就业补助资金";

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
            Sheet project = workbook.getSheet(EMPLOYMENT);
            Row newJobs = project.getRow(10);
            DataFormatter formatter = new DataFormatter();
            assertEquals("P001", formatter.formatCellValue(project.getRow(2).getCell(1)));
            assertEquals("城镇新增就业人数", formatter.formatCellValue(newJobs.getCell(2)));
            assertEquals("≥1524人", formatter.formatCellValue(newJobs.getCell(4)));
            newJobs.getCell(4).setCellValue("≥1600人");
            project.getRow(11).getCell(5).setBlank(); // 城镇登记失业率 without 指标值确定依据: the machine review says so
            workbook.write(out);
            edited = out.toByteArray();
        }

        given().auth().oauth2(LIANCHI).contentType(XLSX).body(edited)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("REGION_NOT_COVERED"));

        given().auth().oauth2(MANCHENG).contentType(XLSX).body(edited)
                .when().post("/api/v1/submission-forms?dryRun=true")
                .then().statusCode(200).body("stored", equalTo(false)).body("findings.ruleCode", hasItem("MISSING_BASIS"))
                .body("findings.find { it.ruleCode == 'MISSING_BASIS' }.location.cell", equalTo("F12"));

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
            Sheet info = workbook.getSheet("部门整体");
            assertEquals("2022", formatter.formatCellValue(info.getRow(1).getCell(1)));
            assertEquals("130607", formatter.formatCellValue(info.getRow(1).getCell(3)));
            assertEquals(department, formatter.formatCellValue(info.getRow(1).getCell(5)));
            assertEquals("满城区教育局", formatter.formatCellValue(info.getRow(2).getCell(1)));
            assertEquals("满城区教育局", formatter.formatCellValue(workbook.getSheet("项目1").getRow(3).getCell(1)));
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
            workbook.getSheet(EMPLOYMENT).getRow(4).getCell(2).setCellValue("约1574");
            workbook.write(out);
            edited = out.toByteArray();
        }
        given().auth().oauth2(MANCHENG).contentType(XLSX).body(edited)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo(EMPLOYMENT + "!C5"))
                .body("violations[0].message", org.hamcrest.Matchers.startsWith(EMPLOYMENT + "!C5：预算数应为数字（万元）"));
    }

    /**
     * The clerk's round: an uploaded form with defects in known cells (and a goal row inserted above the grid, so every
     * row of the grid moved down one) comes back with each finding on its cell; the reviewed workbook of that version
     * carries the findings in the same cells (fill and comment) and on 机审意见; fixed in "Excel" and uploaded again, it
     * is read without its annotations.
     */
    @Test
    void anUploadedFormWithDefectsComesBackWithItsFindingsOnTheRightCells() throws IOException {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(MANCHENG).contentType(ContentType.JSON)
                .body(SubmissionDocuments.body("130607", department, "稳就业"))
                .when().post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        byte[] xlsx = template(MANCHENG, department).then().statusCode(200).extract().asByteArray();
        byte[] defective = edit(xlsx, workbook -> {
            Sheet sheet = workbook.getSheet(EMPLOYMENT);
            sheet.shiftRows(9, sheet.getLastRowNum(), 1);               // a second goal row under the first
            sheet.createRow(9).createCell(1).setCellValue("城镇登记失业率控制在4.5%以内");
            cell(sheet, "C5").setCellValue("1500");                       // 预算数 ≠ 财政资金 1574 + 其他资金 0
            cell(sheet, "F13").setBlank();                                // 城镇登记失业率 without its basis
            cell(sheet, "E12").setCellValue("  １６００人 ");              // full-width digits, spaces
        });

        given().auth().oauth2(MANCHENG).contentType(XLSX).body(defective)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(201).body("version", equalTo(2))
                .body("document.projects[0].goals.size()", equalTo(2))
                .body("document.projects[0].indicators[0].value.raw", equalTo("１６００人"))
                .body("findings.findAll { it.ruleCode == 'MISSING_BASIS' }.location.cell", equalTo(java.util.List.of("F13")))
                .body("findings.findAll { it.ruleCode == 'MISSING_BASIS' }.location.sheet", equalTo(java.util.List.of(EMPLOYMENT)))
                .body("findings.findAll { it.ruleCode == 'FUNDING_SUM_MISMATCH' }.location.cell", equalTo(java.util.List.of("C5")));
        given().auth().oauth2(MANCHENG).when().get("/api/v1/submissions/" + id + "/versions/2")
                .then().statusCode(200)
                .body("findings.find { it.ruleCode == 'MISSING_BASIS' }.location.cell", equalTo("F13"));

        ExtractableResponse<Response> download = given().auth().oauth2(MANCHENG)
                .when().get("/api/v1/submission-forms/" + id + "/versions/2?reviewed=true")
                .then().statusCode(200).contentType(XLSX).extract();
        assertEquals("attachment; filename=\"target-form_2021_130607_" + department + "_v2_reviewed.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode("绩效目标表_2021_130607_" + department + "_v2_机审意见.xlsx", StandardCharsets.UTF_8),
                download.header("Content-Disposition"));
        byte[] reviewed = download.asByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(reviewed))) {
            Sheet sheet = workbook.getSheet(EMPLOYMENT);
            org.apache.poi.ss.usermodel.Cell basis = cell(sheet, "F13");
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(), basis.getCellStyle().getFillForegroundColor());
            String note = basis.getCellComment().getString().getString();
            assertTrue(note.startsWith("【警告】指标值确定依据未填写") && note.contains("城镇登记失业率") && note.contains("修改："), note);
            org.apache.poi.ss.usermodel.Cell total = cell(sheet, "C5");
            assertEquals(IndexedColors.ROSE.getIndex(), total.getCellStyle().getFillForegroundColor());
            assertTrue(total.getCellComment().getString().getString().contains("预算数与资金来源合计不符"));
            assertEquals(null, cell(sheet, "C13").getCellComment(), "a cell without findings has no comment");

            Sheet findings = workbook.getSheet("机审意见");
            DataFormatter formatter = new DataFormatter();
            assertEquals(java.util.List.of("序号", "严重程度", "规则", "工作表", "单元格", "说明", "修改建议"),
                    java.util.stream.IntStream.range(0, 7).mapToObj(c -> formatter.formatCellValue(findings.getRow(0).getCell(c))).toList());
            Row missingBasis = null;
            for (int r = 1; r <= findings.getLastRowNum(); r++) {
                if (formatter.formatCellValue(findings.getRow(r).getCell(2)).contains("MISSING_BASIS")) {
                    missingBasis = findings.getRow(r);
                }
            }
            assertNotNull(missingBasis);
            assertEquals("警告", formatter.formatCellValue(missingBasis.getCell(1)));
            assertEquals(EMPLOYMENT, formatter.formatCellValue(missingBasis.getCell(3)));
            assertEquals("F13", formatter.formatCellValue(missingBasis.getCell(4)));
            assertEquals("'" + EMPLOYMENT + "'!F13", missingBasis.getCell(4).getHyperlink().getAddress());
            int listed = given().auth().oauth2(MANCHENG).when().get("/api/v1/submissions/" + id + "/versions/2")
                    .then().extract().path("findings.size()");
            assertEquals(listed, findings.getLastRowNum(), "one row per finding");
        }

        byte[] fixed = edit(reviewed, workbook -> {
            cell(workbook.getSheet(EMPLOYMENT), "F13").setCellValue("《河北省就业促进条例》");
            cell(workbook.getSheet(EMPLOYMENT), "C5").setCellValue(1574);
        });
        given().auth().oauth2(MANCHENG).contentType(XLSX).body(fixed)
                .when().post("/api/v1/submission-forms")
                .then().statusCode(201).body("version", equalTo(3))
                .body("findings.ruleCode", not(hasItem("MISSING_BASIS")))
                .body("findings.ruleCode", not(hasItem("FUNDING_SUM_MISMATCH")))
                .body("document.projects.size()", equalTo(1));
    }

    @Test
    void aVersionsFormIsTheCallersRegionsOnly() {
        String department = SubmissionDocuments.departmentCode();
        String id = given().auth().oauth2(MANCHENG).contentType(ContentType.JSON)
                .body(SubmissionDocuments.defective("130607", department))
                .when().post("/api/v1/submissions").then().statusCode(201)
                .body("findings.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("findings.findAll { it.containsKey('location') }.size()", equalTo(0))   // a JSON post has no cells
                .extract().path("id");
        given().auth().oauth2(LIANCHI).when().get("/api/v1/submission-forms/" + id + "/versions/1?reviewed=true")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(MANCHENG).when().get("/api/v1/submission-forms/" + id + "/versions/9")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(MANCHENG).when().get("/api/v1/submission-forms/" + java.util.UUID.randomUUID() + "/versions/1")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Workbook> change) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Response template(String token, String department) {
        return given().auth().oauth2(token)
                .queryParam("fiscalYear", 2021).queryParam("regionCode", "130607").queryParam("departmentCode", department)
                .when().get("/api/v1/submission-forms/template");
    }
}
