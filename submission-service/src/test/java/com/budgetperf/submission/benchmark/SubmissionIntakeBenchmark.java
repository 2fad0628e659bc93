package com.budgetperf.submission.benchmark;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Throughput and latency of posting a 20-project submission (10 indicator rows each) through the whole intake:
 * OIDC token check, JSON binding, shape validation, machine pre-review, PostgreSQL write. Not a test: it prints
 * figures and asserts only that every post was accepted. Not run by {@code ./mvnw verify}; run it with
 * <pre>./mvnw -B -pl submission-service -am test -Dtest=SubmissionIntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.posts=300] [-Dbench.threads=4]</pre>
 */
@QuarkusTest
class SubmissionIntakeBenchmark {

    static final int POSTS = Integer.getInteger("bench.posts", 300);
    static final int THREADS = Integer.getInteger("bench.threads", 4);
    static final int WARM_UP = 50;

    static String twentyProjects(String departmentCode) {
        StringBuilder projects = new StringBuilder();
        for (int p = 0; p < 20; p++) {
            StringBuilder rows = new StringBuilder();
            String[][] grid = {
                    { "产出指标", "数量指标", "培训人数", "≥" + (100 + p) + "人" },
                    { "产出指标", "数量指标", "补贴发放户数", (50 + p) + "户" },
                    { "产出指标", "质量指标", "培训合格率", "≥90%" },
                    { "产出指标", "时效指标", "资金拨付及时率", "100%" },
                    { "产出指标", "成本指标", "人均培训成本", "≤1500元/人" },
                    { "效益指标", "社会效益指标", "就业率提升", "有所提高" },
                    { "效益指标", "经济效益指标", "带动增收", "≥2.58万元" },
                    { "效益指标", "可持续影响指标", "长效机制", "长期" },
                    { "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%" },
                    { "满意度指标", "服务对象满意度指标", "培训对象满意度", "≥95%" } };
            for (int r = 0; r < grid.length; r++) {
                rows.append(r == 0 ? "" : ",").append("""
                        {"level1":"%s","level2":"%s","name":"%s","value":{"raw":"%s"},"basis":"计划标准"}"""
                        .formatted(grid[r][0], grid[r][1], grid[r][2], grid[r][3]));
            }
            projects.append(p == 0 ? "" : ",").append("""
                    {"code":"P%03d","name":"项目%d","budget":{"total":"%d.5","fiscal":"%d.5","other":"0"},"purpose":"用途",
                     "disbursementPlan":{"mar":20,"jun":50,"oct":80,"dec":100},"goals":["完成年度培训和补贴发放任务"],
                     "indicators":[%s]}""".formatted(p, p, 100 + p, 100 + p, rows));
        }
        return """
                {"fiscalYear":2026,"regionCode":"130607","departmentCode":"%s","departmentName":"基准测试部门",
                 "document":{"overallGoal":"基准测试","projects":[%s]}}""".formatted(departmentCode, projects);
    }

    @Test
    void postTwentyProjectSubmissions() throws Exception {
        String token = TestTokens.user("bench").roles("submitter").region("130607").lifetimeMinutes(60).sign();
        for (int i = 0; i < WARM_UP; i++) {
            post(token, "W" + i);
        }
        long[] latencies = new long[POSTS];
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            int n = i;
            futures.add(pool.submit(() -> latencies[n] = post(token, "B" + n)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>();
        for (long latency : latencies) {
            sorted.add(latency);
        }
        Collections.sort(sorted);
        System.out.printf("%nBENCHMARK submission intake: %d posts of 20 projects × 10 indicators, %d threads, %d warm-up%n",
                POSTS, THREADS, WARM_UP);
        System.out.printf("BENCHMARK throughput %.1f submissions/s%n", POSTS / seconds);
        System.out.printf("BENCHMARK latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n", percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }

    static long post(String token, String department) {
        String body = twentyProjects(department + System.nanoTime());
        long begin = System.nanoTime();
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/submissions").then().statusCode(201);
        return System.nanoTime() - begin;
    }

    static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
