package com.budgetperf.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Speed of a read-model rebuild from the topics: {@code bench.submissions} (default 500) copies of seed 001 (20
 * projects, 155 indicator rows, goals, 资金用途, plans) are put on {@code budget.submissions} for a fresh year, the
 * live consumer projects them, then the whole read model is rebuilt through the admin API and timed. The limit it is
 * compared with, measured in the same run: the same fact rows (read back from the tables the rebuild wrote) inserted
 * by plain JDBC batches into empty copies of those tables in one transaction. Prints events/s, fact rows/s of both
 * and their ratio. Not a test ({@code *Benchmark} is not in the surefire includes); run it with
 * <pre>./mvnw -B -o -pl report-service -am test -Dtest=ReadModelRebuildBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.submissions=500]</pre>
 */
@QuarkusTest
class ReadModelRebuildBenchmark {

    static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 500);
    static final List<String> FACT_TABLES = List.of("fact_submission", "fact_project", "fact_indicator", "fact_finding",
            "fact_project_goal", "fact_review_progress");

    @Test
    void rebuildAgainstPlainBatchInsertsOfTheSameRows() throws Exception {
        int year = ReportEvents.freshFiscalYear();
        for (int i = 0; i < SUBMISSIONS; i++) {
            SeedDocuments.submission(SeedDocuments.SEED_001, year).department("B" + i, "基准部门" + i).send();
        }
        String admin = TestTokens.user("admin.hebei").roles("admin").region("13").lifetimeMinutes(60).sign();
        String analyst = TestTokens.user("analyst.13").roles("analyst").region("13").lifetimeMinutes(60).sign();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> given()
                .auth().oauth2(analyst).queryParams(Map.of("measures", "submissions", "cut", "fiscal_year:" + year))
                .when().get(CubeApiTest.AGGREGATE).then().statusCode(200).body("summary.submissions", equalTo(SUBMISSIONS)));

        long started = System.nanoTime();
        String answer = given().auth().oauth2(admin).when().post(ReadModelRebuildTest.REBUILD).then().statusCode(200)
                .extract().asString();
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        JsonNode result = ReportEvents.JSON.readTree(answer);
        long events = result.get("eventsReplayed").asLong();

        long rows = 0;
        long copyNanos = 0;
        try (Connection connection = SharedPostgres.connect("report")) {
            connection.setAutoCommit(false);
            for (String table : FACT_TABLES) {
                long[] copied = copyByBatches(connection, table);
                rows += copied[0];
                copyNanos += copied[1];
            }
            connection.rollback();
        }
        double copySeconds = copyNanos / 1e9;
        System.out.printf("%n[benchmark] rebuild: %,d events replayed in %.1f s = %,.0f events/s; %,d fact rows = %,.0f rows/s%n",
                events, rebuildSeconds, events / rebuildSeconds, rows, rows / rebuildSeconds);
        System.out.printf("[benchmark] limit: the same %,d rows by plain JDBC batches in %.1f s = %,.0f rows/s%n", rows,
                copySeconds, rows / copySeconds);
        System.out.printf("[benchmark] rebuild / limit = %.2f%n%n", copySeconds / rebuildSeconds);
    }

    /** Reads every row of {@code table} and inserts them into an empty temporary copy in batches of 1,000. */
    private static long[] copyByBatches(Connection connection, String table) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        int columns;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = result.getMetaData();
            columns = meta.getColumnCount();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        String copy = "bench_" + table;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table " + copy + " (like " + table + " including all)");
        }
        String insert = "insert into " + copy + " values (" + "?, ".repeat(columns - 1) + "?)";
        long started = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int c = 0; c < columns; c++) {
                    statement.setObject(c + 1, row[c]);
                }
                statement.addBatch();
                if (++pending == 1000) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            statement.executeBatch();
        }
        return new long[] {rows.size(), System.nanoTime() - started};
    }
}
