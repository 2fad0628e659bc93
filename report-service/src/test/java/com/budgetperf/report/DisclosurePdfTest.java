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

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The disclosure document as PDF: read back with OpenPDF's text extractor, the Chinese project names, indicators
 * and amounts are there and a 涉密 project shows only “涉密”. The document is also written to
 * {@code <build folder>/disclosure.pdf} for {@code scripts/render-disclosure.sh}, which renders page 1 to PNG.
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

        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(2, reader.getNumberOfPages());
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            for (String expected : new String[] {year + "年度项目支出绩效目标表", "农村公路养护工程", "项目资金（万元）",
                    "年度资金总额", "120.500000", "其中：财政拨款", "一级指标", "养护里程", "群众出行条件改善", "沿线群众满意度",
                    "测试部门" + submission.departmentCode}) {
                assertTrue(first.contains(expected), expected + " missing from page 1:\n" + first);
            }
            String second = extractor.getTextFromPage(2);
            assertTrue(second.contains("涉密") && second.contains("30.000000") && second.contains("产出指标"), second);
            assertFalse(second.contains("保密通信设施") || second.contains("秘密指标"), second);
        } finally {
            reader.close();
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
