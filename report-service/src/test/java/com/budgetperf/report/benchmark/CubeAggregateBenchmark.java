package com.budgetperf.report.benchmark;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.SharedPostgres;
import com.budgetperf.platform.testing.TestTokens;
import com.budgetperf.report.domain.cube.Approval;
import com.budgetperf.report.domain.cube.CubeQuery;
import com.budgetperf.report.domain.cube.CubeTable;
import com.budgetperf.report.repository.CubeRollups;
import com.budgetperf.report.repository.CubeSource;
import com.budgetperf.report.service.CubeService;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Latency of typical cube queries over generated facts: {@code bench.submissions} submissions (default 20,000) × 5
 * projects × 10 indicators = 1,000,000 indicator facts, generated with {@code generate_series} in region 99 (no real
 * province), the rollups then recomputed from them ({@code CubeRollups.recompute}), all removed afterwards. Each query
 * is timed three ways, in turn within each round: through the REST API (token, whitelist, planner, SQL over the rollup
 * it picks, JSON), through the planner in process ({@code CubeService.aggregate}), and as the plain GROUP BY over the
 * same facts in process ({@code CubeService.aggregateOverFacts}); the planned and plain answers are checked equal
 * first. Prints p50/p99 of each and the ratios of the plain GROUP BY to the planner and to the API. Not a test:
 * not run by default ({@code *Benchmark} is not in the surefire includes); run it with
 * <pre>./mvnw -B -o -pl report-service test -Dtest=CubeAggregateBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.submissions=20000] [-Dbench.runs=50]</pre>
 */
@QuarkusTest
class CubeAggregateBenchmark {

    static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 20_000);
    static final int RUNS = Integer.getInteger("bench.runs", 50);
    static final int WARM_UP = 5;

    @Inject
    CubeService cube;
    @Inject
    CubeRollups rollups;

    @Test
    void aggregateLatencyOverAMillionIndicatorFacts() throws Exception {
        long generated = System.nanoTime();
        long indicators = generate();
        System.out.printf("%n[benchmark] generated %,d submissions, %,d indicator facts in %.1f s%n", SUBMISSIONS, indicators,
                (System.nanoTime() - generated) / 1e9);
        long recomputed = System.nanoTime();
        QuarkusTransaction.requiringNew().timeout(1800).run(rollups::recompute);
        execute("analyze " + String.join("; analyze ", CubeRollups.tables()));
        System.out.printf("[benchmark] rollups recomputed from all facts in %.1f s%n", (System.nanoTime() - recomputed) / 1e9);
        String token = TestTokens.user("bench").roles("analyst").region("99").lifetimeMinutes(60).sign();
        Map<String, Map<String, String>> queries = new LinkedHashMap<>();
        queries.put("budget by county, one year (submission grain)", Map.of("measures",
                "submissions,projects,budget_total,quantitative_share,approved", "drilldown", "region_county", "cut", "fiscal_year:1991"));
        queries.put("indicators by level1/level2 (1M indicator facts)", Map.of("measures", "indicators,quantitative_share",
                "drilldown", "level1,level2"));
        queries.put("indicators by city × level1, one year, approved only", Map.of("measures", "indicators,submissions",
                "drilldown", "region_city,level1", "cut", "fiscal_year:1990", "approvedOnly", "true"));
        queries.put("findings by rule code", Map.of("measures", "findings,findings_error", "drilldown", "rule_code",
                "order", "findings:desc"));
        try {
            for (var query : queries.entrySet()) {
                Map<String, String> p = query.getValue();
                CubeQuery cubeQuery = CubeQuery.aggregate(p.get("measures"), p.get("drilldown"), p.get("cut"), p.get("order"),
                        Approval.of(p.get("approvedOnly"), null), 0, 100);
                CubeTable planned = cube.aggregate(cubeQuery, "99");
                CubeTable plain = cube.aggregateOverFacts(cubeQuery, "99");
                if (!planned.rows().equals(plain.rows()) || !planned.summary().equals(plain.summary())
                        || planned.totalRows() != plain.totalRows()) {
                    throw new AssertionError(query.getKey() + ": the planned answer differs from the plain GROUP BY");
                }
                long[][] times = time(
                        () -> given().auth().oauth2(token).queryParams(p).when().get("/api/v1/cube/aggregate").then()
                                .statusCode(200),
                        () -> cube.aggregate(cubeQuery, "99"),
                        () -> cube.aggregateOverFacts(cubeQuery, "99"));
                long[] api = times[0];
                long[] planner = times[1];
                long[] groupBy = times[2];
                String source = CubeSource.planned(cubeQuery) + (cubeQuery.drilldown().isEmpty() ? ""
                        : " + " + CubeSource.planned(cubeQuery.summary()));
                System.out.printf("[benchmark] %s (%s)%n", query.getKey(), source);
                System.out.printf("[benchmark]     API p50 %6.1f ms p99 %6.1f ms | planner p50 %6.1f ms p99 %6.1f ms"
                        + " | plain GROUP BY p50 %7.1f ms p99 %7.1f ms | GROUP BY ÷ planner p50 %5.1f× p99 %5.1f×,"
                        + " ÷ API p50 %5.1f× p99 %5.1f× (%d runs)%n", ms(p50(api)), ms(p99(api)), ms(p50(planner)),
                        ms(p99(planner)), ms(p50(groupBy)), ms(p99(groupBy)), ratio(p50(groupBy), p50(planner)),
                        ratio(p99(groupBy), p99(planner)), ratio(p50(groupBy), p50(api)), ratio(p99(groupBy), p99(api)),
                        RUNS);
            }
        } finally {
            execute("delete from fact_submission where region_code like '99%'");
            for (String table : CubeRollups.tables()) {
                execute("delete from " + table + " where region_code like '99%'");
            }
        }
    }

    /**
     * Nanoseconds of each of RUNS runs after WARM_UP of every way of answering, sorted per way. The ways run in
     * turn within each round, so that the load of the shared machine weighs on each alike.
     */
    static long[][] time(Runnable... ways) {
        long[][] latencies = new long[ways.length][RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            for (int w = 0; w < ways.length; w++) {
                long start = System.nanoTime();
                ways[w].run();
                if (i >= WARM_UP) {
                    latencies[w][i - WARM_UP] = System.nanoTime() - start;
                }
            }
        }
        for (long[] way : latencies) {
            Arrays.sort(way);
        }
        return latencies;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double ratio(long slow, long fast) {
        return (double) slow / fast;
    }

    static long p50(long[] sorted) {
        return sorted[(int) Math.ceil(RUNS * 0.50) - 1];
    }

    static long p99(long[] sorted) {
        return sorted[(int) Math.ceil(RUNS * 0.99) - 1];
    }

    /** @return the number of indicator facts generated */
    static long generate() throws Exception {
        execute("delete from fact_submission where region_code like '99%'");
        execute("""
                insert into dim_region (region_code, level, province_code, city_code)
                select '99', 'PROVINCE', '99', null
                union all select '99' || lpad(c::text, 2, '0'), 'CITY', '99', '99' || lpad(c::text, 2, '0')
                    from generate_series(1, 10) c
                union all select '99' || lpad(c::text, 2, '0') || lpad(k::text, 2, '0'), 'COUNTY', '99', '99' || lpad(c::text, 2, '0')
                    from generate_series(1, 10) c, generate_series(1, 10) k
                on conflict do nothing""");
        execute("""
                insert into fact_submission (submission_id, version, fiscal_year, region_code, department_code, department_name,
                    status, project_count, budget_total, finding_errors, finding_warnings, submitted_at, budget_fiscal, budget_other,
                    indicator_count, quantitative_count, finding_infos, quality_score, suggested_grade, review_status,
                    approved_stage, final_approved, grade)
                select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 1, 1990 + g % 3,
                    '99' || lpad((g % 10 + 1)::text, 2, '0') || lpad((g / 10 % 10 + 1)::text, 2, '0'),
                    (300000 + g % 500)::text, '基准部门', 'SUBMITTED', 5, 5 * (g % 1000 + 0.5), 1, 1, now(),
                    5 * (g % 1000), 2.5, 50, 30, 1, 50 + g % 50, (array['优','良','中','差'])[g % 4 + 1],
                    (array['PENDING','IN_REVIEW','RETURNED','APPROVED'])[g % 4 + 1],
                    case when g % 4 = 3 then 'COUNTY_FINANCE' end, g % 4 = 3, case when g % 4 >= 2 then '良' end
                from generate_series(1, ?) g""".replace("?", Integer.toString(SUBMISSIONS)));
        execute("""
                insert into fact_project (submission_id, version, project_no, project_code, project_name, classified,
                    budget_total, budget_fiscal, budget_other, indicator_count, quantitative_count)
                select s.submission_id, 1, p, 'P' || p, '基准项目' || p, p = 4, s.budget_total / 5, s.budget_fiscal / 5,
                    s.budget_other / 5, 10, 6
                from fact_submission s, generate_series(0, 4) p where s.region_code like '99%'""");
        execute("""
                insert into fact_indicator (submission_id, version, project_no, indicator_no, project_code, level1, level2,
                    name, value_kind, unit)
                select s.submission_id, 1, p, i, 'P' || p,
                    (array['产出指标','产出指标','产出指标','产出指标','效益指标','效益指标','效益指标','满意度指标','产出指标','效益指标'])[i + 1],
                    (array['数量指标','质量指标','时效指标','成本指标','经济效益指标','社会效益指标','生态效益指标',
                           '服务对象满意度指标','数量指标','可持续影响指标'])[i + 1],
                    '指标' || i, case when i < 6 then 'QUANTITATIVE' else 'QUALITATIVE' end, '人'
                from fact_submission s, generate_series(0, 4) p, generate_series(0, 9) i where s.region_code like '99%'""");
        execute("""
                insert into fact_finding (submission_id, version, finding_no, rule_code, severity)
                select s.submission_id, 1, n, (array['BUDGET_SUM','VAGUE_WORD','DISBURSEMENT_PLAN'])[n + 1],
                    (array['ERROR','WARNING','INFO'])[n + 1]
                from fact_submission s, generate_series(0, 2) n where s.region_code like '99%'""");
        execute("analyze fact_submission; analyze fact_project; analyze fact_indicator; analyze fact_finding");
        try (Connection connection = SharedPostgres.connect("report");
                var result = connection.createStatement().executeQuery(
                        "select count(*) from fact_indicator i join fact_submission s using (submission_id) where s.region_code like '99%'")) {
            result.next();
            return result.getLong(1);
        }
    }

    static void execute(String sql) throws Exception {
        try (Connection connection = SharedPostgres.connect("report"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
