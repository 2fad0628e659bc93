package com.budgetperf.report;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.SharedPostgres;

import io.quarkus.test.junit.QuarkusTest;

/** Review and catalog events land in their tables of the star schema (no report reads them yet). */
@QuarkusTest
class ReviewAndCatalogProjectionTest {

    @Test
    void openedCaseAndPublishedFrameworkAreProjected() throws Exception {
        String caseId = UUID.randomUUID().toString();
        KafkaProbe.send("budget.reviews", caseId, ReportEvents.envelope(UUID.randomUUID().toString(),
                "budget.review.case-opened.v1", "/budget/review-service", ReportEvents.JSON.createObjectNode()
                        .put("caseId", caseId).put("submissionId", UUID.randomUUID().toString())
                        .put("submissionVersion", 1).put("fiscalYear", 2025).put("regionCode", "130607")
                        .put("departmentCode", "356001").put("departmentName", "保定市满城区人力资源和社会保障局")
                        .put("stage", "COUNTY_FINANCE").put("status", "OPEN").put("openedAt", "2025-01-10T08:00:00Z")));
        String code = "t-" + caseId.substring(0, 8);
        KafkaProbe.send("budget.catalog", code, ReportEvents.envelope(UUID.randomUUID().toString(),
                "budget.catalog.framework.published.v1", "/budget/catalog-service", ReportEvents.JSON.createObjectNode()
                        .put("code", code).put("name", "2021年版绩效指标框架").put("publishedAt", "2025-01-01T00:00:00Z")
                        .put("publishedBy", "admin.hebei")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals("COUNTY_FINANCE/OPEN/130607",
                    single("select stage || '/' || status || '/' || region_code from fact_review_case where case_id = cast(? as uuid)",
                            caseId));
            assertEquals("2021年版绩效指标框架", single("select name from dim_framework where code = ?", code));
        });
        assertEquals("COUNTY/1306", single("select level || '/' || city_code from dim_region where region_code = ?", "130607"));
    }

    static String single(String sql, String parameter) throws Exception {
        try (Connection connection = SharedPostgres.connect("report");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
