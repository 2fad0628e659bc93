package com.budgetperf.submission.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.review.Finding;
import com.budgetperf.submission.domain.review.Severity;
import com.budgetperf.submission.seeds.SeedForms;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * The official form: write → read gives the document back (also for every real seed table), clerks' edits are read
 * robustly, bad cells are named by sheet and cell, and every part of the document has its cell.
 */
class TargetFormTests {

    private final TargetForm form = new TargetForm();
    private static final FormLevels LEVELS = FormLevels.of(null);
    private static final FormHeader HEADER = new FormHeader(2021, "130607", "356001", "保定市满城区人力资源和社会保障局");

    static TargetDocument mancheng() {
        Project employment = new Project("P001", "就业补助资金",
                new Budget(new BigDecimal("1574"), new BigDecimal("1574"), BigDecimal.ZERO),
                "职业培训补贴、社会保险补贴、公益性岗位补贴",
                new DisbursementPlan(new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("80"), new BigDecimal("100")),
                List.of("全年城镇新增就业1524人", "城镇登记失业率控制在4.5%以内"), false,
                List.of(new Indicator("产出指标", "数量指标", "城镇新增就业人数", "城镇新增就业人数",
                                IndicatorValue.of("1524人"), "计划标准", null),
                        new Indicator("产出指标", "质量指标", "城镇登记失业率", null, IndicatorValue.of("≤4.5%"), "计划标准",
                                "超过4.5%不得分"),
                        new Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", null, IndicatorValue.of("≥95%"),
                                "行业标准", null)));
        Project pension = new Project("P002", "城乡居民基本养老保险补助",
                new Budget(new BigDecimal("123.456789"), new BigDecimal("100.1"), new BigDecimal("23.356789")),
                "基础养老金补助", new DisbursementPlan(new BigDecimal("12.5"), null, new BigDecimal("75"), new BigDecimal("100")),
                List.of("按时足额发放养老金"), true,
                List.of(new Indicator("产出指标", "时效指标", "养老金发放时间", null, IndicatorValue.of("每月10日前"), "计划标准", null),
                        new Indicator("效益指标", "社会效益指标", "参保率", null,
                                new IndicatorValue(null, "≥", "95", "%"), "历史标准", null)));
        return new TargetDocument("做好就业创业、社会保险、人才人事和劳动关系工作",
                List.of("稳就业保民生", "社会保险扩面提质"), "加强资金监管",
                List.of(new Indicator("产出指标", "数量指标", "城镇新增就业人数", null, IndicatorValue.of("1524人"), "计划标准", null),
                        new Indicator("效益指标", "社会效益指标", "城镇登记失业率", null, IndicatorValue.of("≤4.5%"), "计划标准", null)),
                List.of(employment, pension));
    }

    byte[] write(TargetDocument document) {
        return form.write(HEADER, document, LEVELS);
    }

    ReadForm read(byte[] xlsx) {
        return form.read(new ByteArrayInputStream(xlsx));
    }

    @Test
    void aDocumentSurvivesTheRoundTrip() {
        TargetDocument written = mancheng();
        ReadForm read = read(write(written));

        assertTrue(read.ok(), () -> read.problems().toString());
        assertEquals(HEADER, read.header());
        assertSameDocument(written, read.document());
        TargetDocument back = read.document();
        assertEquals("123.456789", back.projects().get(1).budget().total().toPlainString());
        assertEquals("1574", back.projects().get(0).budget().total().toPlainString());
        assertEquals("≥95%", back.projects().get(1).indicators().get(1).value().raw(), "split values come back as one text");
    }

    @Test
    void everyRealSeedTableSurvivesTheRoundTrip() {
        ObjectMapper json = new ObjectMapper();
        int tables = 0;
        for (SeedForms.SeedDepartment seed : SeedForms.all()) {
            TargetDocument written = json.convertValue(seed.document(), TargetDocument.class);
            FormHeader header = new FormHeader(seed.fiscalYear(), seed.regionCode(), seed.departmentCode(),
                    seed.departmentName());
            ReadForm read = form.read(new ByteArrayInputStream(form.write(header, written, LEVELS)));
            assertTrue(read.ok(), () -> seed.seed() + ": " + read.problems());
            assertEquals(header, read.header());
            assertSameDocument(written, read.document());
            tables += written.projects().size();
        }
        assertTrue(tables >= 40, "all project tables of the three seeds: " + tables);
    }

    @Test
    void theFormIsLaidOutAsTheHebeiTable() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(write(mancheng())))) {
            assertEquals(List.of("部门整体", "项目1 就业补助资金", "项目2 城乡居民基本养老保险补助", "填表说明"),
                    java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList());
            Sheet project = workbook.getSheet("项目1 就业补助资金");
            assertEquals("项目支出绩效目标表", text(project, "A1"));
            assertEquals("项目编码", text(project, "A3"));
            assertEquals("P001", text(project, "B3"));
            assertEquals("就业补助资金", text(project, "E3"));
            assertEquals("预算规模及资金用途", text(project, "A5"));
            assertEquals("1574.00", text(project, "C5"));
            assertEquals("资金支出计划（%）", text(project, "A7"));
            assertEquals("12月底", text(project, "E7"));
            assertEquals("100", text(project, "E8"));
            assertEquals("全年城镇新增就业1524人", text(project, "B9"));
            assertEquals("城镇登记失业率控制在4.5%以内", text(project, "B10"));
            assertEquals("一级指标", text(project, "A11"));
            assertEquals("城镇新增就业人数", text(project, "C12"));
            assertTrue(project.getMergedRegions().stream().anyMatch(r -> r.formatAsString().equals("A12:A13")),
                    "产出指标 merged over its two rows");
            assertTrue(project.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, project.getPrintSetup().getPaperSize());
            assertEquals(1, project.getPrintSetup().getFitWidth());
            assertEquals("11:11", project.getRepeatingRows().formatAsString().replace("$", ""));
            assertFalse(project.getDataValidations().isEmpty(), "一级/二级 lists and 是否涉密");
            assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, cell(project, "C12").getCellStyle().getBorderLeft());
        }
        FormPlaces places = form.places(HEADER, mancheng(), LEVELS);
        assertEquals(new Finding.Location("项目1 就业补助资金", "F13"), places.locate("/projects/0/indicators/1/basis"));
        assertEquals(new Finding.Location("项目1 就业补助资金", "A12"), places.locate("/projects/0/indicators/1/level1"));
        assertEquals(new Finding.Location("项目2 城乡居民基本养老保险补助", "B8"), places.locate("/projects/1/disbursementPlan"));
        assertEquals(new Finding.Location("项目2 城乡居民基本养老保险补助", "C5"), places.locate("/projects/1/budget/total"));
        assertEquals(new Finding.Location("部门整体", "B4"), places.locate("/overallGoal"));
    }

    @Test
    void anEmptyTemplateCarriesTheHeaderAndReadsBackEmpty() throws IOException {
        byte[] blank = form.write(HEADER, null, LEVELS);
        ReadForm read = read(blank);
        assertTrue(read.ok(), () -> read.problems().toString());
        assertEquals(HEADER, read.header());
        assertTrue(read.document().projects().isEmpty());
        assertTrue(read.document().departmentIndicators().isEmpty());
        assertNull(read.document().overallGoal());
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(blank))) {
            Sheet project = workbook.getSheet("项目1");
            assertEquals("产出指标", text(project, "A13"), "a blank table pre-prints the framework's rows");
            assertEquals("数量指标", text(project, "B13"));
        }
    }

    @Test
    void badCellsAreReportedWithSheetAndCell() throws IOException {
        byte[] edited = edit(write(mancheng()), workbook -> {
            cell(workbook.getSheet("项目1 就业补助资金"), "C5").setCellValue("一千五百万");
            cell(workbook.getSheet("项目2 城乡居民基本养老保险补助"), "F4").setCellValue("保密");
            cell(workbook.getSheet("部门整体"), "D2").setCellValue("河北");
        });
        ReadForm read = read(edited);

        assertFalse(read.ok());
        Map<String, String> problems = read.problems().stream()
                .collect(Collectors.toMap(CellProblem::cell, CellProblem::message));
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get("项目1 就业补助资金!C5").startsWith("预算数应为数字（万元）"), problems::toString);
        assertTrue(problems.get("项目2 城乡居民基本养老保险补助!F4").startsWith("是否涉密应填“是”或“否”"), problems::toString);
        assertTrue(problems.get("部门整体!D2").startsWith("行政区划代码应为 6 位数字"), problems::toString);
    }

    @Test
    void insertedAndDeletedRowsMergedCellsAndTypedTextAreReadAsTheClerkMeantThem() throws IOException {
        byte[] edited = edit(write(mancheng()), workbook -> {
            Sheet sheet = workbook.getSheet("项目1 就业补助资金");
            sheet.shiftRows(9, sheet.getLastRowNum(), 2);           // two rows inserted under the first goal
            cell(sheet, "B10").setCellValue("  新增的绩效目标\u3000");
            cell(sheet, "C5").setCellValue("１，５７４．５０ 万元");  // full-width digits typed as text
            cell(sheet, "C8").setCellValue("50%");
            Sheet pension = workbook.getSheet("项目2 城乡居民基本养老保险补助");
            pension.removeRow(pension.getRow(8));                   // the only goal row deleted
            pension.shiftRows(9, pension.getLastRowNum(), -1);
            Sheet department = workbook.getSheet("部门整体");
            cell(department, "B2").setCellValue("２０２１");
        });
        ReadForm read = read(edited);

        assertTrue(read.ok(), () -> read.problems().toString());
        assertEquals(2021, read.header().fiscalYear());
        Project employment = read.document().projects().get(0);
        assertEquals(List.of("全年城镇新增就业1524人", "新增的绩效目标", "城镇登记失业率控制在4.5%以内"), employment.goals());
        assertEquals("1574.5", employment.budget().total().toPlainString());
        assertEquals("50", employment.disbursementPlan().jun().toPlainString());
        assertEquals(3, employment.indicators().size());
        assertEquals("产出指标", employment.indicators().get(1).level1(), "the merged 一级 covers its rows");
        assertEquals(new Finding.Location("项目1 就业补助资金", "F16"), read.places().locate("/projects/0/indicators/2/basis"));
        assertEquals(new Finding.Location("项目1 就业补助资金", "A14"), read.places().locate("/projects/0/indicators/1/level1"));
        Project pension = read.document().projects().get(1);
        assertEquals(List.of(), pension.goals());
        assertEquals(2, pension.indicators().size());
        assertEquals(new Finding.Location("项目2 城乡居民基本养老保险补助", "E10"), read.places().locate("/projects/1/indicators/0/value"));
    }

    @Test
    void blankRowsBetweenFilledRowsAreRowsAndTrailingOnesAreNot() throws IOException {
        byte[] edited = edit(write(mancheng()), workbook -> {
            Sheet sheet = workbook.getSheet("项目1 就业补助资金");
            sheet.shiftRows(12, sheet.getLastRowNum(), 1);          // a blank row inside the grid
            sheet.createRow(sheet.getLastRowNum() + 2).createCell(2).setCellValue("表外文字");   // under the note
        });
        ReadForm read = read(edited);
        assertTrue(read.ok(), () -> read.problems().toString());
        List<Indicator> rows = read.document().projects().get(0).indicators();
        assertEquals(4, rows.size(), rows::toString);
        assertTrue(rows.get(1).isBlank());
        assertEquals("城镇登记失业率", rows.get(2).name());
    }

    @Test
    void aFormulaIsReadAsItsCachedValueNeverEvaluated() throws IOException {
        byte[] edited = edit(write(mancheng()), workbook -> {
            Cell total = cell(workbook.getSheet("项目1 就业补助资金"), "C5");
            total.setCellFormula("E5*1000");
            total.setCellValue(1574);   // the value Excel last showed
        });
        ReadForm read = read(edited);
        assertTrue(read.ok(), () -> read.problems().toString());
        assertEquals("1574", read.document().projects().get(0).budget().total().toPlainString());
    }

    @Test
    void anOldOrBrokenFileIsOneProblem() throws IOException {
        ReadForm broken = read("这不是 Excel 文件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(broken.ok());
        assertEquals("文件", broken.problems().get(0).cell());

        byte[] old = edit(write(mancheng()), workbook -> workbook.setSheetName(0, "部门信息"));
        assertEquals(List.of("部门整体!A1"), read(old).problems().stream().map(CellProblem::cell).toList());
    }

    @Test
    void aReviewedFormCarriesEachFindingInItsCellAndOnTheFindingsSheet() throws IOException {
        List<Finding> findings = List.of(
                new Finding("MISSING_BASIS", Severity.WARNING, "/projects/0/indicators/1/basis", "城镇登记失业率未填写依据"),
                new Finding("FUNDING_SUM_MISMATCH", Severity.ERROR, "/projects/1/budget/total", "预算数与资金来源合计不符"),
                new Finding("VAGUE_BASIS", Severity.INFO, "/projects/0/indicators/1/basis", "依据不明确"));
        byte[] reviewed = form.writeReviewed(HEADER, mancheng(), LEVELS, findings);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(reviewed))) {
            Cell basis = cell(workbook.getSheet("项目1 就业补助资金"), "F13");
            assertEquals(FindingAnnotator.fillColour(Severity.WARNING), basis.getCellStyle().getFillForegroundColor(),
                    "the worst severity on the cell fills it");
            String comment = basis.getCellComment().getString().getString();
            assertTrue(comment.contains("指标值确定依据未填写") && comment.contains("城镇登记失业率未填写依据")
                    && comment.contains("修改：") && comment.contains("依据不明确"), comment);
            Cell total = cell(workbook.getSheet("项目2 城乡居民基本养老保险补助"), "C5");
            assertEquals(FindingAnnotator.fillColour(Severity.ERROR), total.getCellStyle().getFillForegroundColor());
            Sheet list = workbook.getSheet("机审意见");
            assertEquals(List.of("1", "警告", "项目1 就业补助资金", "F13"), List.of(text(list, "A2"), text(list, "B2"),
                    text(list, "D2"), text(list, "E2")));
            assertEquals("'项目1 就业补助资金'!F13", cell(list, "E2").getHyperlink().getAddress());
            assertEquals("错误", text(list, "B3"));
        }
        ReadForm again = read(reviewed);
        assertTrue(again.ok(), () -> again.problems().toString());
        assertSameDocument(mancheng(), again.document());
    }

    static Cell cell(Sheet sheet, String ref) {
        CellReference at = new CellReference(ref);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    static String text(Sheet sheet, String ref) {
        return new DataFormatter().formatCellValue(cell(sheet, ref));
    }

    /** Equal documents; amounts compared as numbers, a 指标值 as written (the form has one 指标值 column). */
    static void assertSameDocument(TargetDocument a, TargetDocument b) {
        assertEquals(a.overallGoal(), b.overallGoal());
        assertEquals(a.subGoals(), b.subGoals());
        assertEquals(a.safeguards(), b.safeguards());
        assertIndicators(a.departmentIndicators(), b.departmentIndicators());
        assertEquals(a.projects().size(), b.projects().size());
        for (int i = 0; i < a.projects().size(); i++) {
            Project x = a.projects().get(i);
            Project y = b.projects().get(i);
            assertEquals(x.code(), y.code());
            assertEquals(x.name(), y.name());
            Budget bx = x.budget() == null ? new Budget(null, null, null) : x.budget();
            Budget by = y.budget() == null ? new Budget(null, null, null) : y.budget();
            assertAmount(bx.total(), by.total());
            assertAmount(bx.fiscal(), by.fiscal());
            assertAmount(bx.other(), by.other());
            assertEquals(x.purpose(), y.purpose());
            DisbursementPlan px = x.disbursementPlan() == null ? new DisbursementPlan(null, null, null, null) : x.disbursementPlan();
            DisbursementPlan py = y.disbursementPlan() == null ? new DisbursementPlan(null, null, null, null) : y.disbursementPlan();
            assertAmount(px.mar(), py.mar());
            assertAmount(px.jun(), py.jun());
            assertAmount(px.oct(), py.oct());
            assertAmount(px.dec(), py.dec());
            assertEquals(x.goals(), y.goals(), x.name());
            assertEquals(x.classified(), y.classified());
            assertIndicators(x.indicators(), y.indicators());
        }
    }

    private static byte[] edit(byte[] xlsx, Consumer<Workbook> change) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void assertAmount(BigDecimal expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertEquals(0, expected.compareTo(actual), () -> expected + " ≠ " + actual);
        }
    }

    private static void assertIndicators(List<Indicator> expected, List<Indicator> actual) {
        assertEquals(expected.size(), actual.size(), () -> expected + "\n≠ " + actual);
        for (int i = 0; i < expected.size(); i++) {
            Indicator a = expected.get(i);
            Indicator b = actual.get(i);
            assertEquals(a.level1(), b.level1());
            assertEquals(a.level2(), b.level2());
            assertEquals(a.name(), b.name());
            assertEquals(a.description(), b.description());
            assertEquals(a.value() == null || a.value().isBlank() ? null : a.value().asWritten(),
                    b.value() == null ? null : b.value().raw(), a.name());
            assertEquals(a.basis(), b.basis());
            assertEquals(a.scoring(), b.scoring());
        }
    }

}
