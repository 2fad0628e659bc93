package com.budgetperf.report;

import static com.budgetperf.report.CubeEvents.classified;
import static com.budgetperf.report.CubeEvents.indicator;
import static com.budgetperf.report.CubeEvents.project;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The disclosure document as PDF: read back with PDFBox's text extractor, the 部门整体 page comes first, then one page
 * per project with the Chinese project names, indicators and amounts, and a 涉密 project shows only “涉密”. The
 * document is also written to {@code <build folder>/disclosure.pdf}. The seed documents' disclosure is
 * {@link DisclosureContentTest}.
 */
@QuarkusTest
class DisclosurePdfTest {

    @Test
    void disclosurePdfCarriesChineseTextAndRedactsClassifiedProjects() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        Submission submission = new Submission(year, "130607").projects(
                project("130607-001", "农村公路养护工程", "120.5", "100.5", "20",
                        indicator("产出指标", "数量指标", "养护里程", "QUANTITATIVE", "公里"),
                        indicator("产出指标", "时效指标", "完工时间", "DEADLINE", null),
                        indicator("效益指标", "社会效益指标", "群众出行条件改善", "QUALITATIVE", null),
                        indicator("满意度指标", "服务对象满意度指标", "沿线群众满意度", "QUANTITATIVE", "%")),
                classified("130607-002", "保密通信设施", "30", indicator("产出指标", "质量指标", "秘密指标", "CLASSIFIED", null)))
                .send();
        String city = TestTokens.user("analyst.1306").roles("analyst").region("1306").sign();
        String path = "/api/v1/reports/departments/" + submission.departmentCode + "/disclosure.pdf";
        byte[] pdf = await().atMost(Duration.ofSeconds(40)).until(() -> given().auth().oauth2(city).queryParam("fiscalYear", year)
                .when().get(path).then().extract(), response -> response.statusCode() == 200).asByteArray();
        Path out = buildFolder().resolve("disclosure.pdf");
        Files.write(out, pdf);
        assertTrue(pdf.length < 3_000_000, "the embedded CJK font is subset: " + pdf.length + " bytes");

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertEquals(3, read.getNumberOfPages(), "部门整体 page, then one page per project");
            String first = DisclosureContentTest.page(read, 1);
            for (String expected : new String[] {"保定市满城区测试部门" + submission.departmentCode, year + "年度部门预算绩效目标",
                    "第一部分部门整体绩效目标", "一、总体绩效目标", "目标"}) {
                assertTrue(first.contains(expected), expected + " missing from page 1:\n" + first);
            }
            String project = DisclosureContentTest.page(read, 2);
            for (String expected : new String[] {"1.农村公路养护工程绩效目标表", "保定市满城区测试部门" + submission.departmentCode,
                    "单位：万元", "项目编码130607-001", "预算规模及资金用途", "预算数120.50", "其中：财政资金100.50",
                    "其他资金20.00", "一级指标二级指标三级指标绩效指标描述指标值指标值确定依据", "养护里程", "群众出行条件改善",
                    "沿线群众满意度"}) {
                assertTrue(project.contains(expected), expected + " missing from page 2:\n" + project);
            }
            String second = DisclosureContentTest.page(read, 3);
            assertTrue(second.contains("2.涉密绩效目标表") && second.contains("30.00") && second.contains("产出指标"), second);
            assertFalse(second.contains("保密通信设施") || second.contains("秘密指标"), second);
        }
        given().auth().oauth2(TestTokens.user("analyst.1310").roles("analyst").region("1310").sign())
                .queryParam("fiscalYear", year).when().get(path).then().statusCode(404);
        given().auth().oauth2(city).when().get(path).then().statusCode(422);
    }

    /** target/ (or the -Dbuild.folder given), found from where the test classes are. */
    static Path buildFolder() throws Exception {
        return Path.of(DisclosurePdfTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
