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

/**
 * An opened review case moves its submission to IN_REVIEW and fills the region dimension; a catalog event is not
 * projected at all (report-service consumes no catalog topic).
 */
@QuarkusTest
class ReviewCaseOpenedProjectionTest {

    @Test
    void anOpenedCaseMovesItsSubmissionIntoReview() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String submissionId = UUID.randomUUID().toString();
        KafkaProbe.send("budget.reviews", submissionId, ReportEvents.envelope(UUID.randomUUID().toString(),
                "budget.review.case-opened.v1", "/budget/review-service", ReportEvents.JSON.createObjectNode()
                        .put("caseId", caseId).put("submissionId", submissionId)
                        .put("submissionVersion", 1).put("fiscalYear", 2025).put("regionCode", "130607")
                        .put("departmentCode", "356001").put("departmentName", "保定市满城区人力资源和社会保障局")
                        .put("stage", "COUNTY_FINANCE").put("status", "OPEN").put("openedAt", "2025-01-10T08:00:00Z")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("1/IN_REVIEW/COUNTY_FINANCE",
                single("select submission_version || '/' || review_status || '/' || review_stage from review_state"
                        + " where submission_id = cast(? as uuid)", submissionId)));
        assertEquals("COUNTY/1306", single("select level || '/' || city_code from dim_region where region_code = ?", "130607"));
        assertEquals(null, single("select to_regclass(?)::text", "fact_review_case"));
        assertEquals(null, single("select to_regclass(?)::text", "dim_framework"));
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
