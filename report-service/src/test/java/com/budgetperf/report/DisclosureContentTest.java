package com.budgetperf.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The disclosure carries what the published seed documents carry: 001 (保定市满城区人社局, 20 project tables) and 000
 * (承德高新区人社局, with the 部门整体绩效指标 grid and 评（扣）分标准) go through {@code budget.submission.submitted.v1} into the
 * read model and come back out as XLSX (cells read back) and PDF (text extracted with PDFBox, pages rendered to PNG
 * in the build folder for {@code scripts/render-disclosure.sh}); a later version replaces the content, an older one
 * arriving late does not, a final approval makes it visible to approvedOnly, a withdrawal hides it.
 */
@QuarkusTest
class DisclosureContentTest {

    static final String CITY_1306 = TestTokens.user("analyst.1306").roles("analyst").region("1306").sign();
    static final String PROVINCE = TestTokens.user("analyst.13").roles("analyst").region("13").sign();
    static final Duration PROJECTED_WITHIN = Duration.ofSeconds(40);

    @Test
    void seed001IsDisclosedWithGoalsPurposePlanAndGridAndItsClassifiedProjectRedacted() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        ObjectNode document = SeedDocuments.document(SeedDocuments.SEED_001);
        ((ObjectNode) document.withArray("projects").get(19)).put("classified", true);
        Submission submission = SeedDocuments.submission(SeedDocuments.SEED_001, year).document(document).send();

        byte[] xlsx = disclosure(CITY_1306, submission, year, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(21, workbook.getNumberOfSheets());
            Sheet department = workbook.getSheetAt(0);
            assertEquals("部门整体", department.getSheetName());
            assertEquals("保定市满城区人力资源和社会保障局2021年部门整体绩效目标".replace("2021", String.valueOf(year)),
                    text(department, 0, 0));
            int overall = rowOf(department, "一、总体绩效目标");
            assertTrue(text(department, overall + 1, 0).startsWith("2021年，全局将围绕区委、区政府聚焦聚力“民生共享”主战场"));
            int goals = rowOf(department, "二、分项绩效目标");
            assertTrue(text(department, goals + 1, 0).startsWith("（一）促进就业政策、管理及实施：健全公共就业服务体系"));
            assertTrue(text(department, goals + 7, 0).startsWith("（七）人社政务管理"));
            assertTrue(text(department, rowOf(department, "四、工作保障措施") + 1, 0).contains("健全公共就业服务体系，建立城乡劳动者平等就业制度"));
            assertEquals(-1, rowOf(department, "三、部门整体绩效指标"), "001 publishes no department-wide grid");

            Sheet first = workbook.getSheetAt(1);
            assertEquals("1.城乡居民基本养老保险重度残疾人缴费补贴绩效目标表", text(first, 0, 0));
            int names = rowOf(first, "项目编码");
            assertEquals("13062121525DP08GWRGFS", text(first, names, 1));
            assertEquals("项目名称", text(first, names, 4));
            assertEquals("城乡居民基本养老保险重度残疾人缴费补贴", text(first, names, 5));
            assertEquals("保定市满城区人力资源和社会保障局", text(first, rowOf(first, "主管部门"), 1));
            int funds = rowOf(first, "预算规模及资金用途");
            assertEquals("预算数", text(first, funds, 1));
            assertEquals(5.0, first.getRow(funds).getCell(2).getNumericCellValue());
            assertEquals("其中：财政资金", text(first, funds, 3));
            assertEquals(5.0, first.getRow(funds).getCell(4).getNumericCellValue());
            assertEquals(0.0, first.getRow(funds).getCell(6).getNumericCellValue());
            assertEquals("对2021年参加城乡居民养老保险的重度残疾人员进行代缴补贴，每人33元", text(first, funds + 1, 1));
            int plan = rowOf(first, "资金支出计划（%）");
            assertEquals(List.of("3月底", "6月底", "10月底", "12月底"),
                    List.of(text(first, plan, 1), text(first, plan, 2), text(first, plan, 3), text(first, plan, 4)));
            assertEquals(List.of("25.00%", "50.00%", "75.00%", "100.00%"), List.of(text(first, plan + 1, 1),
                    text(first, plan + 1, 2), text(first, plan + 1, 3), text(first, plan + 1, 4)));
            int goalRow = rowOf(first, "绩效目标");
            assertEquals("1.减轻贫困人员参保缴费负担，本级财政每人负担33元", text(first, goalRow, 1));
            assertEquals("2.助力参保贫困人员精准脱贫，有效巩固脱贫攻坚成果", text(first, goalRow + 1, 1));
            assertTrue(text(first, goalRow + 2, 1).startsWith("3.动态跟踪贫困人员范围"));
            assertTrue(merged(first, goalRow, goalRow + 2, 0), "绩效目标 spans its three goal lines");
            int header = rowOf(first, "一级指标");
            assertEquals(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"), row(first, header, 6));
            assertEquals(List.of("产出指标", "数量指标", "代缴人数", "我区实际代缴重残人数", "1524人", "文件安排"),
                    row(first, header + 1, 6));
            assertEquals(List.of("", "质量指标", "代缴率", "政府实际代缴人数占我区应代缴人数比率", "100百分数", "文件安排"),
                    row(first, header + 2, 6));
            assertEquals("≥90百分数", text(first, header + 7, 4));
            assertTrue(merged(first, header + 1, header + 4, 0), "产出指标 spans its four rows");
            assertTrue(merged(first, header + 5, header + 6, 0), "效益指标 spans its two rows");

            Sheet secret = workbook.getSheetAt(20);
            assertEquals("20 涉密", secret.getSheetName());
            String all = cells(secret);
            assertTrue(all.contains("涉密") && all.contains("10.4") && all.contains("产出指标"), all);
            for (String hidden : new String[] {"配备被征地农民基本养老保险参保补贴原件管理系统", "确实维护被征地农民的切身利益"}) {
                assertFalse(all.contains(hidden), hidden + " leaked: " + all);
            }
        }

        byte[] pdf = disclosure(CITY_1306, submission, year, "pdf");
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String page1 = page(read, 1) + page(read, 2);
            for (String expected : new String[] {"保定市满城区人力资源和社会保障局", year + "年度部门预算绩效目标",
                    "第一部分部门整体绩效目标", "一、总体绩效目标", "2021年，全局将围绕区委、区政府聚焦聚力“民生共享”主战场",
                    "二、分项绩效目标", "（一）促进就业政策、管理及实施"}) {
                assertTrue(page1.contains(expected), expected + " missing from pages 1-2:\n" + page1);
            }
            int projectPage = pageWith(read, "1.城乡居民基本养老保险重度残疾人缴费补贴绩效目标表");
            String project = page(read, projectPage);
            for (String expected : new String[] {"第二部分预算项目绩效目标", "项目编码13062121525DP08GWRGFS", "预算规模及资金用途",
                    "预算数5.00", "其中：财政资金5.00", "其他资金0.00", "对2021年参加城乡居民养老保险的重度残疾人员进行代缴补贴，每人33元",
                    "资金支出计划（%）", "3月底6月底10月底12月底", "25.00%50.00%75.00%100.00%", "绩效目标",
                    "1.减轻贫困人员参保缴费负担，本级财政每人负担33元", "一级指标二级指标三级指标绩效指标描述指标值指标值确定依据",
                    "代缴人数我区实际代缴重残人数1524人文件安排", "城乡参保对象满意度"}) {
                assertTrue(project.contains(expected), expected + " missing from page " + projectPage + ":\n" + project);
            }
            String secret = page(read, pageWith(read, "20.涉密绩效目标表"));
            assertFalse(secret.contains("配备被征地农民") || secret.contains("确实维护被征地农民的切身利益"), secret);
            // the grid of project 2 (19 rows) runs onto a second page, which repeats the header row
            int grid = pageWith(read, "2.2021年中央就业补助资金");
            assertTrue(page(read, grid + 1).startsWith("一级指标二级指标三级指标"), page(read, grid + 1));
            render(read, 1, "disclosure-001-page1.png");
            render(read, projectPage, "disclosure-001-project.png");
            render(read, grid, "disclosure-001-grid.png");
            render(read, grid + 1, "disclosure-001-grid-continued.png");
        }
        Files.write(DisclosurePdfTest.buildFolder().resolve("disclosure-001.pdf"), pdf);
    }

    @Test
    void seed000CarriesTheDepartmentWideIndicatorTableAndTheScoringColumn() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        Submission submission = SeedDocuments.submission(SeedDocuments.SEED_000, year).send();

        byte[] xlsx = disclosure(PROVINCE, submission, year, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(23, workbook.getNumberOfSheets());
            Sheet department = workbook.getSheetAt(0);
            assertEquals("承德市承德高新技术产业开发区承德高新区人力资源和社会保障局" + year + "年部门整体绩效目标", text(department, 0, 0));
            int header = rowOf(department, "一级指标");
            assertEquals("三、部门整体绩效指标", text(department, header - 1, 0));
            assertEquals(List.of("产出指标", "成本指标", "资金使用规范性", "专项资金使用符合规定，合理高效", "合理规范",
                    "《财务管理制度》《社会保险基金财务制度》"), row(department, header + 1, 6));
            assertEquals("'=100.00%", text(department, header + 2, 4), "a value starting with = is neutralised");
            assertEquals(">=6500人", text(department, header + 3, 4));
            assertEquals(List.of("", "", "服务对像满意", "社会经办机构对协办员满意程度", ">=95%", "对村协员经办事项基本满意"),
                    row(department, header + 9, 6));
            assertTrue(merged(department, header + 1, header + 3, 0), "产出指标 spans three rows");
            assertTrue(merged(department, header + 4, header + 5, 1), "社会效益指标 spans two rows");
            assertTrue(merged(department, header + 7, header + 9, 1), "服务对象满意度指标 spans three rows");
            assertTrue(text(department, rowOf(department, "二、分项绩效目标") + 1, 0).startsWith("1、就业工作"));

            Sheet first = workbook.getSheetAt(1);
            assertEquals("1.城乡养老缴费补贴绩效目标表", text(first, 0, 0));
            int purpose = rowOf(first, "预算规模及资金用途") + 1;
            assertTrue(text(first, purpose, 1).startsWith("做好城乡居民养老保险参保工作，确保2021年参保缴费补助资金足额到账"));
            int plan = rowOf(first, "资金支出计划（%）") + 1;
            assertEquals(List.of("0.00%", "0.00%", "0.00%", "100.00%"), List.of(text(first, plan, 1), text(first, plan, 2),
                    text(first, plan, 3), text(first, plan, 4)));
            int goals = rowOf(first, "绩效目标");
            assertEquals("做好城乡居民养老保险参保工作", text(first, goals, 1));
            assertEquals("确保2021年参保缴费补助资金足额到账", text(first, goals + 2, 1));
            int grid = rowOf(first, "一级指标");
            assertEquals("评（扣）分标准", text(first, grid, 6));
            assertEquals(List.of("产出指标", "数量指标", "城乡居民基本养老保险参保人数", "参加城乡居民养老保险覆盖率", "≥95.00%",
                    "按照政策要求和年初目标任务，参加城乡居民养老保险缴费达到95%以上", "应保尽保达95%以上为优，未达到95%为扣分项"),
                    row(first, grid + 1, 7));
        }

        byte[] pdf = disclosure(PROVINCE, submission, year, "pdf");
        try (PDDocument read = Loader.loadPDF(pdf)) {
            String department = page(read, 1) + page(read, 2);
            for (String expected : new String[] {"承德高新区人力资源和社会保障局", "一、总体绩效目标", "二、分项绩效目标",
                    "三、部门整体绩效指标", "一级指标二级指标三级指标绩效指标描述指标值指标值确定依据",
                    "资金使用规范性专项资金使用符合规定，合理高效合理规范《财务管理制度》《社会保险基金财务制度》",
                    "创业园园区工作环境", "=100.00%", "群众满意度", "四、工作保障措施"}) {
                assertTrue(department.contains(expected), expected + " missing from pages 1-2:\n" + department);
            }
            int project = pageWith(read, "1.城乡养老缴费补贴绩效目标表");
            assertTrue(page(read, project).contains("评（扣）分标准") && page(read, project).contains("目标")
                    && page(read, project).contains("做好城乡居民养老保险参保工作"), page(read, project));
            render(read, 1, "disclosure-000-page1.png");
            render(read, pageWith(read, "三、部门整体绩效指标"), "disclosure-000-department-table.png");
            render(read, project, "disclosure-000-project.png");
        }
        Files.write(DisclosurePdfTest.buildFolder().resolve("disclosure-000.pdf"), pdf);
    }

    @Test
    void aLaterVersionReplacesTheContentAnApprovalShowsItAndAWithdrawalHidesIt() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        Submission submission = SeedDocuments.submission(SeedDocuments.SEED_001, year).send();
        String v1 = dump(disclosure(CITY_1306, submission, year, "xlsx"));
        assertTrue(v1.contains("1.减轻贫困人员参保缴费负担") && v1.contains("（七）人社政务管理"), v1);

        ObjectNode changed = SeedDocuments.document(SeedDocuments.SEED_001);
        changed.putArray("subGoals").add("（一）第二版只保留一条分项目标");
        ObjectNode project = (ObjectNode) changed.withArray("projects").get(0);
        project.putArray("goals").add("第二版的绩效目标");
        project.put("purpose", "第二版的资金用途");
        project.remove("disbursementPlan");
        ArrayNode indicators = changed.putArray("departmentIndicators");
        indicators.addObject().put("level1", "满意度指标").put("level2", "服务对象满意度指标").put("name", "群众满意度")
                .put("description", "第二版部门整体指标").put("basis", "问卷").putObject("value").put("raw", "≥95%");
        submission.version(2).document(changed).send();
        String v2 = await().atMost(PROJECTED_WITHIN).until(() -> dump(disclosure(CITY_1306, submission, year, "xlsx")),
                text -> text.contains("第二版的绩效目标"));
        assertTrue(v2.contains("（一）第二版只保留一条分项目标") && v2.contains("第二版的资金用途") && v2.contains("第二版部门整体指标"), v2);
        String departmentAndFirst = v2.substring(0, v2.indexOf("== 2 ")); // projects 10 and 19 repeat project 1's goals
        assertFalse(departmentAndFirst.contains("1.减轻贫困人员参保缴费负担") || departmentAndFirst.contains("（七）人社政务管理")
                || departmentAndFirst.contains("对2021年参加城乡居民养老保险的重度残疾人员进行代缴补贴"), departmentAndFirst);
        Sheet first = sheet(disclosure(CITY_1306, submission, year, "xlsx"), 1);
        assertEquals(-1, rowOf(first, "资金支出计划（%）"), "version 2 has no plan for project 1");

        // version 1 delivered again late changes nothing
        submission.version(1).document(SeedDocuments.document(SeedDocuments.SEED_001)).send();
        submission.version(2).document(changed);
        String caseId = submission.openCase();
        given().auth().oauth2(CITY_1306).queryParam("fiscalYear", year).queryParam("approvedOnly", "true")
                .when().get(path(submission, "xlsx")).then().statusCode(404);
        submission.decide(caseId, "budget.review.approved.v1", "COUNTY_FINANCE", "优", true);
        byte[] approved = await().atMost(PROJECTED_WITHIN).until(() -> given().auth().oauth2(CITY_1306)
                .queryParam("fiscalYear", year).queryParam("approvedOnly", "true").when().get(path(submission, "xlsx"))
                .then().extract(), response -> response.statusCode() == 200).asByteArray();
        assertEquals(v2, dump(approved), "the approved version is version 2, the late version 1 changed nothing");

        WithdrawalProjectionTest.withdraw(submission, 2);
        await().atMost(PROJECTED_WITHIN).until(() -> given().auth().oauth2(CITY_1306).queryParam("fiscalYear", year)
                .when().get(path(submission, "pdf")).then().extract().statusCode() == 404);
        given().auth().oauth2(CITY_1306).queryParam("fiscalYear", year).when().get(path(submission, "xlsx"))
                .then().statusCode(404);
    }

    static String path(Submission submission, String format) {
        return "/api/v1/reports/departments/" + submission.departmentCode + "/disclosure." + format;
    }

    /** The disclosure once projected (200), as bytes. */
    static byte[] disclosure(String token, Submission submission, int year, String format) {
        return await().atMost(PROJECTED_WITHIN).until(() -> given().auth().oauth2(token).queryParam("fiscalYear", year)
                .queryParam("regionCode", submission.regionCode).when().get(path(submission, format)).then().extract(),
                response -> response.statusCode() == 200).asByteArray();
    }

    /** Every sheet's name, cells and merged regions, to compare two workbooks. */
    static String dump(byte[] xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                all.append("== ").append(sheet.getSheetName()).append('\n').append(cells(sheet));
                sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted()
                        .forEach(region -> all.append(region).append(' '));
                all.append('\n');
            }
        }
        return all.toString();
    }

    static Sheet sheet(byte[] xlsx, int index) throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        return workbook.getSheetAt(index);
    }

    static String cells(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                all.append(cell).append('|');
            }
            all.append('\n');
        }
        return all.toString();
    }

    static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    static List<String> row(Sheet sheet, int row, int columns) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            values.add(text(sheet, row, c));
        }
        return values;
    }

    /** The first row whose column A reads {@code label}, -1 when none. */
    static int rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    static boolean merged(Sheet sheet, int firstRow, int lastRow, int column) {
        return sheet.getMergedRegions().stream().anyMatch(region -> region.getFirstRow() == firstRow
                && region.getLastRow() == lastRow && region.getFirstColumn() == column && region.getLastColumn() == column);
    }

    /** The page's text without white space (a table cell wraps its text over lines). */
    static String page(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false); // the order written: cell by cell, a wrapped cell's lines together
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", "");
    }

    static int pageWith(PDDocument document, String text) throws Exception {
        String wanted = text.replaceAll("\\s+", "");
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            if (page(document, p).contains(wanted)) {
                return p;
            }
        }
        throw new AssertionError(text + " on no page");
    }

    /** Page {@code page} as PNG (100 dpi) in the build folder, for a person to look at. */
    static void render(PDDocument document, int page, String file) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 100);
        assertNotNull(image);
        Path out = DisclosurePdfTest.buildFolder().resolve(file);
        ImageIO.write(image, "png", out.toFile());
    }
}
