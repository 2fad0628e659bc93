package com.budgetperf.submission.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Intake of the real seed-001 document (满城区人社局, 20 projects, 155 indicator rows) through the whole service (OIDC
 * token check, JSON binding, shape validation, machine pre-review, PostgreSQL write), and in the same run the same
 * rows written straight into the same tables with plain JDBC: one transaction of three inserts (submission, its
 * version with the document and the findings as the service stored them, the change-feed entry), same JSON, same
 * number of clients. Prints submissions/s, p50, p99 of both and the ratio, and the load average. The clients post with
 * the JDK's HTTP client and read the answer as bytes: they run in the service's JVM on the same cores, and RestAssured
 * (which pretty-prints every ~115 KB answer in Groovy, for its log-if-validation-fails) took three quarters of the CPU
 * of a run, so the service figure measured the client. Not a test (it asserts only that every post was accepted) and
 * not run by {@code ./mvnw verify}:
 * <pre>./mvnw -B -o -q -pl submission-service -am test -Dtest=SubmissionIntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.posts=400] [-Dbench.threads=4]</pre>
 */
@QuarkusTest
class SubmissionIntakeBenchmark {

    static final int POSTS = Integer.getInteger("bench.posts", 400);
    static final int THREADS = Integer.getInteger("bench.threads", 4);
    static final int WARM_UP = 100;
    static final Path SEED = Path.of(System.getProperty("user.dir")).resolveSibling("deploy")
            .resolve("local/demo/001-130607-356001.json");

    /** Latencies (ns) of one phase and its wall time. */
    record Run(long[] latencies, double seconds) {
        double perSecond() {
            return latencies.length / seconds;
        }

        double percentileMs(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }

    interface Operation {
        void run(int n) throws Exception;
    }

    @TestHTTPResource("/api/v1/submissions")
    URI submissions;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void seed001ThroughTheServiceAndStraightIntoPostgres() throws Exception {
        ObjectNode seed = (ObjectNode) objectMapper.readTree(Files.readString(SEED));
        String token = TestTokens.user("bench").roles("submitter").region("130607").lifetimeMinutes(60).sign();
        AtomicInteger departments = new AtomicInteger();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Operation post = n -> post(client, token, body(seed, "B" + departments.incrementAndGet()));

        timed(WARM_UP, post);
        Run service = timed(POSTS, post);

        Stored stored = stored();
        Operation insert = n -> insert(stored);
        timed(WARM_UP, insert);
        Run jdbc = timed(POSTS, insert);

        System.out.printf("%nBENCHMARK submission intake of seed 001 (20 projects, 155 indicator rows; stored document "
                + "%,d B, findings %,d B, feed entry %,d B), %d posts, %d clients, %d warm-up%n",
                stored.document.length(), stored.findings.length(), stored.change.length(), POSTS, THREADS, WARM_UP);
        print("service POST /api/v1/submissions", service);
        print("raw JDBC, same three inserts", jdbc);
        System.out.printf("BENCHMARK ratio service/raw JDBC %.2f%n", service.perSecond() / jdbc.perSecond());
        System.out.printf("BENCHMARK load average %.2f%n%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    static void print(String what, Run run) {
        System.out.printf("BENCHMARK %-34s %6.1f submissions/s, p50 %6.1f ms, p99 %6.1f ms%n", what, run.perSecond(),
                run.percentileMs(0.50), run.percentileMs(0.99));
    }

    Run timed(int count, Operation operation) throws Exception {
        long[] latencies = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    operation.run(n);
                    latencies[n] = System.nanoTime() - begin;
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return new Run(latencies, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    String body(ObjectNode seed, String departmentCode) {
        ObjectNode copy = seed.deepCopy();
        copy.put("departmentCode", departmentCode);
        return copy.toString();
    }

    void post(HttpClient client, String token, String body) throws Exception {
        HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(submissions)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(201, answer.statusCode(), () -> new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What the service stored for one post: the JSON the raw inserts write again. */
    record Stored(String document, String findings, String dimensionScores, String projectScores, int qualityScore,
            String grade, String ruleSetVersion, String change) {
    }

    Stored stored() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select v.document::text, v.findings::text, v.dimension_scores::text, v.project_scores::text,
                               v.quality_score, v.suggested_grade, v.rule_set_version, c.body::text
                        from submission_version v join submission s on s.id = v.submission_id
                        join submission_change c on c.submission_id = v.submission_id
                        where s.department_code = 'B1' and v.version = 1 limit 1""");
                ResultSet row = select.executeQuery()) {
            assertEquals(true, row.next(), "a stored version of seed 001");
            return new Stored(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                    row.getString(6), row.getString(7), row.getString(8));
        }
    }

    void insert(Stored stored) throws Exception {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement submission = connection.prepareStatement("""
                    insert into submission (id, fiscal_year, region_code, department_code, department_name, status,
                        current_version, created_at, updated_at) values (?, 2021, '130607', ?, ?, 'DRAFT', 1, ?, ?)""");
                    PreparedStatement version = connection.prepareStatement("""
                            insert into submission_version (submission_id, version, document, received_at, received_by,
                                findings, quality_score, suggested_grade, rule_set_version, dimension_scores, project_scores)
                            values (?, 1, ?::jsonb, ?, 'bench', ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb)""");
                    PreparedStatement change = connection.prepareStatement("""
                            insert into submission_change (seq, event_id, submission_id, region_code, type, occurred_at, body)
                            values (nextval('submission_change_seq'), ?, ?, '130607', 'submission.version-received', ?,
                                ?::jsonb)""")) {
                submission.setObject(1, id);
                submission.setString(2, "J" + id.toString().substring(0, 30));
                submission.setString(3, "保定市满城区人力资源和社会保障局");
                submission.setTimestamp(4, now);
                submission.setTimestamp(5, now);
                submission.executeUpdate();
                version.setObject(1, id);
                version.setString(2, stored.document);
                version.setTimestamp(3, now);
                version.setString(4, stored.findings);
                version.setInt(5, stored.qualityScore);
                version.setString(6, stored.grade);
                version.setString(7, stored.ruleSetVersion);
                version.setString(8, stored.dimensionScores);
                version.setString(9, stored.projectScores);
                version.executeUpdate();
                change.setObject(1, UUID.randomUUID());
                change.setObject(2, id);
                change.setTimestamp(3, now);
                change.setString(4, stored.change);
                change.executeUpdate();
            }
            connection.commit();
        }
    }
}
