package com.budgetperf.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.CubeEvents.Submission;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 审核进度 over time from hand-made event times (days in China Standard Time, UTC+8):
 *
 * <pre>
 * S1 130607 v1 submitted 03-01 10:00, returned 03-02 11:00; v2 submitted 03-03 09:00 (same submission: not counted
 *           again), finally approved 03-05 09:00
 * S2 130602 submitted 2025-03-01T20:00Z = 03-02 04:00
 * S3 131002 (廊坊) submitted 03-04 09:00
 *
 * province: days 03-01 03-02 03-04 03-05 → 累计提交 1 2 3 3, 累计通过 0 0 0 1, 累计退回 0 1 1 1
 * 保定 1306: days 03-01 03-02 03-05     → 累计提交 1 2 2,   累计通过 0 0 1,   累计退回 0 1 1
 * </pre>
 */
@QuarkusTest
class ReviewProgressChartTest {

    @Test
    void cumulativeProgressPerDayWithChineseLegend() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        Submission s1 = new Submission(year, "130607").projects(CubeEvents.project("A", "项目甲", "1", "1", "0"))
                .submittedAt(Instant.parse("2025-03-01T02:00:00Z")).send();
        s1.decide(s1.openCase(), "budget.review.returned.v1", "COUNTY_FINANCE", "中", false, Instant.parse("2025-03-02T03:00:00Z"));
        s1.version(2).submittedAt(Instant.parse("2025-03-03T01:00:00Z")).send();
        s1.decide(s1.openCase(), "budget.review.approved.v1", "COUNTY_FINANCE", "良", true, Instant.parse("2025-03-05T01:00:00Z"));
        new Submission(year, "130602").projects(CubeEvents.project("B", "项目乙", "1", "1", "0"))
                .submittedAt(Instant.parse("2025-03-01T20:00:00Z")).send();
        new Submission(year, "131002").projects(CubeEvents.project("C", "项目丙", "1", "1", "0"))
                .submittedAt(Instant.parse("2025-03-04T01:00:00Z")).send();

        String province = TestTokens.user("analyst.13").roles("analyst").region("13").sign();
        String svg = await().atMost(Duration.ofSeconds(40)).until(() -> progress(province, year),
                text -> text.contains("2025-03-05 累计通过：1") && text.contains("2025-03-04 累计提交：3"));
        assertTrue(svg.contains(year + "年度审核进度（累计）"), svg);
        assertTrue(svg.contains(">累计提交</text>") && svg.contains(">累计通过</text>") && svg.contains(">累计退回</text>"), svg);
        assertEquals(12, count(svg, "class=\"point\""), svg);
        for (String point : new String[] {"2025-03-01 累计提交：1", "2025-03-02 累计提交：2", "2025-03-05 累计提交：3",
                "2025-03-02 累计退回：1", "2025-03-04 累计通过：0", "2025-03-01 累计退回：0"}) {
            assertTrue(svg.contains(point), point + "\n" + svg);
        }
        assertFalse(svg.contains("2025-03-03"), "a later version of a submission is not submitted again");
        assertFalse(svg.contains("<script") || svg.contains("href="), svg);

        String city = TestTokens.user("analyst.1306").roles("analyst").region("1306").sign();
        String citySvg = progress(city, year);
        assertEquals(9, count(citySvg, "class=\"point\""), citySvg);
        assertTrue(citySvg.contains("2025-03-05 累计提交：2") && !citySvg.contains("2025-03-04"), citySvg);

        byte[] png = given().auth().oauth2(city).queryParam("fiscalYear", year).when().get("/api/v1/charts/review-progress.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image);
        assertEquals(800, image.getWidth());
        given().auth().oauth2(city).queryParam("fiscalYear", "20x5").when().get("/api/v1/charts/review-progress.svg")
                .then().statusCode(422);
        given().when().get("/api/v1/charts/review-progress.svg").then().statusCode(401);
    }

    static String progress(String token, int year) {
        return given().auth().oauth2(token).queryParam("fiscalYear", year).when().get("/api/v1/charts/review-progress.svg")
                .then().statusCode(200).contentType("image/svg+xml").extract().asString();
    }

    static int count(String text, String needle) {
        return (int) Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }
}
