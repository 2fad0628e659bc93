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

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import com.budgetperf.submission.domain.document.Budget;
import com.budgetperf.submission.domain.document.DisbursementPlan;
import com.budgetperf.submission.domain.document.Indicator;
import com.budgetperf.submission.domain.document.IndicatorValue;
import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;

/** The Excel form round trip, after the 保定满城区人社局 2021 table in src/test/resources/seeds (001_…). */
class TargetFormTests {

    private final TargetForm form = new TargetForm();
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

    @Test
    void aDocumentSurvivesTheRoundTrip() {
        TargetDocument written = mancheng();
        ReadForm read = form.read(new ByteArrayInputStream(form.write(HEADER, written)));

        assertTrue(read.ok(), () -> read.problems().toString());
        assertEquals(HEADER, read.header());
        TargetDocument back = read.document();
        assertEquals(written.overallGoal(), back.overallGoal());
        assertEquals(written.subGoals(), back.subGoals());
        assertEquals(written.safeguards(), back.safeguards());
        assertIndicators(written.departmentIndicators(), back.departmentIndicators());
        assertEquals(2, back.projects().size());
        for (int i = 0; i < 2; i++) {
            Project a = written.projects().get(i);
            Project b = back.projects().get(i);
            assertEquals(a.code(), b.code());
            assertEquals(a.name(), b.name());
            assertAmount(a.budget().total(), b.budget().total());
            assertAmount(a.budget().fiscal(), b.budget().fiscal());
            assertAmount(a.budget().other(), b.budget().other());
            assertEquals(a.purpose(), b.purpose());
            assertAmount(a.disbursementPlan().mar(), b.disbursementPlan().mar());
            assertAmount(a.disbursementPlan().jun(), b.disbursementPlan().jun());
            assertAmount(a.disbursementPlan().oct(), b.disbursementPlan().oct());
            assertAmount(a.disbursementPlan().dec(), b.disbursementPlan().dec());
            assertEquals(a.goals(), b.goals());
            assertEquals(a.classified(), b.classified());
            assertIndicators(a.indicators(), b.indicators());
        }
        assertEquals("123.456789", back.projects().get(1).budget().total().toPlainString());
        assertEquals("1574", back.projects().get(0).budget().total().toPlainString());
        assertEquals("≥95%", back.projects().get(1).indicators().get(1).value().raw(), "split values come back as one text");
    }

    @Test
    void anEmptyTemplateCarriesTheHeader() {
        ReadForm read = form.read(new ByteArrayInputStream(form.write(HEADER, null)));
        assertTrue(read.ok(), () -> read.problems().toString());
        assertEquals(HEADER, read.header());
        assertTrue(read.document().projects().isEmpty());
        assertTrue(read.document().departmentIndicators().isEmpty());
        assertNull(read.document().overallGoal());
    }

    @Test
    void badCellsAreReportedWithSheetAndCell() throws IOException {
        byte[] edited = edit(form.write(HEADER, mancheng()), workbook -> {
            Sheet projects = workbook.getSheet("项目");
            projects.getRow(1).getCell(2).setCellValue("一千五百万");
            projects.getRow(2).getCell(11).setCellValue("保密");
            workbook.getSheet("部门信息").getRow(2).getCell(1).setCellValue("河北");
        });
        ReadForm read = form.read(new ByteArrayInputStream(edited));

        assertFalse(read.ok());
        Map<String, String> problems = read.problems().stream()
                .collect(Collectors.toMap(CellProblem::cell, CellProblem::message));
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get("项目!C2").startsWith("预算数应为数字（万元）"), problems::toString);
        assertTrue(problems.get("项目!L3").startsWith("是否涉密应填“是”或“否”"), problems::toString);
        assertTrue(problems.get("部门信息!B3").startsWith("行政区划代码应为 6 位数字"), problems::toString);
        assertEquals("项目!C2：" + problems.get("项目!C2"),
                read.problems().stream().filter(p -> p.cell().equals("项目!C2")).findFirst().orElseThrow().describe());
    }

    @Test
    void emptyRowsAreSkippedButPartialRowsKept() throws IOException {
        byte[] edited = edit(form.write(HEADER, mancheng()), workbook -> {
            Sheet indicators = workbook.getSheet("绩效指标");
            int last = indicators.getLastRowNum();
            indicators.createRow(last + 1).createCell(3).setCellValue("   ");
            Row partial = indicators.createRow(last + 3);
            partial.createCell(0).setCellValue("P001");
            partial.createCell(5).setCellValue("≥1600人");
            Row amounts = workbook.getSheet("项目").getRow(1);
            amounts.getCell(2).setCellValue("1,574.50");
            amounts.getCell(3).setCellValue(1574.5);
        });
        ReadForm read = form.read(new ByteArrayInputStream(edited));

        assertTrue(read.ok(), () -> read.problems().toString());
        List<Indicator> rows = read.document().projects().get(0).indicators();
        assertEquals(4, rows.size());
        assertEquals("≥1600人", rows.get(3).value().raw());
        assertNull(rows.get(3).name());
        assertEquals(0, new BigDecimal("1574.5").compareTo(read.document().projects().get(0).budget().total()));
        assertEquals("1574.5", read.document().projects().get(0).budget().fiscal().toPlainString());
    }

    @Test
    void indicatorsOfAnUnknownProjectAndBrokenFilesAreProblems() throws IOException {
        byte[] edited = edit(form.write(HEADER, mancheng()), workbook ->
                workbook.getSheet("绩效指标").getRow(3).getCell(0).setCellValue("P999"));
        ReadForm read = form.read(new ByteArrayInputStream(edited));
        assertEquals(List.of("绩效指标!A4"), read.problems().stream().map(CellProblem::cell).toList());

        ReadForm broken = form.read(new ByteArrayInputStream("这不是 Excel 文件".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(broken.ok());
        assertEquals("文件", broken.problems().get(0).cell());
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
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Indicator a = expected.get(i);
            Indicator b = actual.get(i);
            assertEquals(a.level1(), b.level1());
            assertEquals(a.level2(), b.level2());
            assertEquals(a.name(), b.name());
            assertEquals(a.description(), b.description());
            assertEquals(a.value().asWritten(), b.value().raw());
            assertEquals(a.basis(), b.basis());
            assertEquals(a.scoring(), b.scoring());
        }
    }

}
