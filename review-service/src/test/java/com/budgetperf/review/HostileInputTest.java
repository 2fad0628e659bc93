package com.budgetperf.review;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.HostileInputs;
import com.budgetperf.platform.testing.HostileRequests;
import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The hostile-input suite of review-service (README "Hostile input"): cases opened from the local stack's real demo
 * submissions of 满城区, then seeded mutations of the reviewers' actions (assignment, comments, decisions, project
 * verdicts, bulk approval) through the API and the web forms, and hostile parameters on every query. Each answer is
 * 2xx or 4xx problem+json (a Chinese page or a redirect for the web forms) within a second, a refused action stores
 * nothing, and the service is healthy afterwards.
 */
@QuarkusTest
class HostileInputTest {

    /** A well-formed token (16 random bytes, base64url, as quarkus-rest-csrf makes them). */
    static final String CSRF = "aG9zdGlsZS1jc3JmLTE2Yg";

    static final long SEED = 20_261_130L;
    static final String REVIEWER = TestTokens.user("li.si").roles("reviewer").region("130607").sign();
    static final Path DEMO = Path.of(System.getProperty("user.dir")).resolveSibling("deploy").resolve("local/demo");
    static final String[] TABLES = { "review_case", "review_comment", "project_verdict", "audit_entry", "outbox_event" };
    static final String ASSIGN = "{\"assignee\":\"li.si\"}";
    static final String COMMENT = "{\"path\":\"/projects/0/indicators/1\",\"text\":\"指标值偏低，请参照历史标准\"}";
    static final String DECISION = """
            {"grade":"中","returnReasons":[{"code":"指标值偏低","path":"/projects/0/indicators/0","text":"低于上年实际"}],"note":"请修改后重新报送"}""";
    static final String VERDICT = "{\"verdict\":\"REVISE\",\"note\":\"绩效指标未量化\"}";

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void twoThousandHostileInputsAreAnsweredWellAndStoreNothingWhenRefused() throws IOException {
        List<String> cases = openCasesFromTheDemoSubmissions(8);
        long start = System.nanoTime();
        HostileInputs inputs = new HostileInputs(SEED);
        // the double-submit CSRF pair a reviewer's browser holds, so that hostile form values reach the forms' checks
        HostileRequests requests = new HostileRequests(base).withCookie("csrf-token", CSRF);
        String bulk = "{\"caseIds\":[\"" + String.join("\",\"", cases.subList(0, 3)) + "\"]}";

        for (int i = 0; i < 240; i++) {
            String id = cases.get(i % cases.size());
            write(inputs, requests, "api/v1/review-cases/" + id + "/assign", ASSIGN);
            write(inputs, requests, "api/v1/review-cases/" + id + "/comments", COMMENT);
            write(inputs, requests, "api/v1/review-cases/" + id + "/decision", DECISION);
            write(inputs, requests, "api/v1/review-cases/" + id + "/projects/" + (i % 3) + "/verdict", VERDICT);
            write(inputs, requests, "api/v1/review-cases/bulk-approval", bulk);
        }
        for (int i = 0; i < 300; i++) {
            String id = cases.get(i % cases.size());
            String form = "csrf-token=" + CSRF + "&" + switch (i % 3) {
                case 0 -> "path=" + inputs.formValue() + "&text=" + inputs.formValue();
                case 1 -> "grade=" + inputs.formValue() + "&reasonCode=" + inputs.formValue() + "&reasonPath=" + inputs.formValue()
                        + "&reasonText=" + inputs.formValue() + "&note=" + inputs.formValue();
                default -> "verdict=" + inputs.formValue() + "&note=" + inputs.formValue();
            };
            String action = switch (i % 3) {
                case 0 -> "comments";
                case 1 -> "decision";
                default -> "projects/" + inputs.parameterValue() + "/verdict";
            };
            long before = HostileRequests.rowCount(dataSource, TABLES);
            HostileRequests.Answer answer = requests.sendPage(REVIEWER, "POST", "ui/cases/" + id + "/" + action,
                    "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), "form " + form);
            if (answer.status() >= 400) {
                assertEquals(before, HostileRequests.rowCount(dataSource, TABLES), "stored by a refused form " + form);
            }
        }
        List<String> queries = List.of(
                "api/v1/review-cases?fiscalYear=%s&region=%s&stage=%s&status=%s",
                "api/v1/review-cases?grade=%s&hasErrors=%s&overdue=%s&sort=%s",
                "api/v1/review-cases?order=%s&page=%s&size=%s&region=%s", "api/v1/review-cases/%s",
                "api/v1/review-cases/%s/changes", "api/v1/review-cases/%s/audit", "api/v1/review-cases/%s/audit/verification",
                "api/v1/review-cases/" + cases.get(0) + "/projects/%s/verdict");
        for (int i = 0; i < 460; i++) {
            String query = queries.get(i % queries.size());
            Object[] values = { inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue() };
            boolean post = query.endsWith("/verdict");
            requests.send(REVIEWER, post ? "POST" : "GET", query.formatted(values), post ? "application/json" : null,
                    post ? VERDICT.getBytes(StandardCharsets.UTF_8) : null, "parameters " + Arrays.toString(values));
        }
        for (int i = 0; i < 40; i++) {
            requests.sendPage(REVIEWER, "GET", "ui/cases?region=%s&fiscalYear=%s&page=%s&size=%s".formatted(
                    inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue()),
                    null, null, "queue parameters");
        }

        System.out.println(requests.summary("review-service") + ", " + (System.nanoTime() - start) / 1_000_000 + " ms in all");
        assertTrue(requests.failures().isEmpty(), requests.failureReport());
        assertTrue(requests.sent() >= 2000, "sent " + requests.sent());
        assertEquals(200, io.restassured.RestAssured.get("/q/health/live").statusCode());
    }

    private void write(HostileInputs inputs, HostileRequests requests, String path, String seed) {
        HostileInputs.Input input = inputs.variants(seed, 1).get(0);
        requests.sendWrite(REVIEWER, "POST", path, input, () -> HostileRequests.rowCount(dataSource, TABLES));
    }

    /** Submitted events carrying the real demo documents of 满城区 (130607), as submission-service publishes them. */
    private List<String> openCasesFromTheDemoSubmissions(int count) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ObjectNode> seeds = new ArrayList<>();
        try (var files = Files.list(DEMO)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains("-130607-")).sorted().toList()) {
                seeds.add((ObjectNode) mapper.readTree(Files.readString(file)));
            }
        }
        assertTrue(!seeds.isEmpty(), "demo submissions of 130607 in " + DEMO);
        List<UUID> submissions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode seed = seeds.get(i % seeds.size());
            UUID submissionId = UUID.randomUUID();
            submissions.add(submissionId);
            ObjectNode data = mapper.createObjectNode();
            data.put("submissionId", submissionId.toString());
            data.put("fiscalYear", seed.path("fiscalYear").asInt());
            data.put("regionCode", "130607");
            data.put("departmentCode", seed.path("departmentCode").asText() + "-" + i);
            data.put("departmentName", seed.path("departmentName").asText());
            data.put("version", 1);
            data.put("status", "SUBMITTED");
            data.put("submittedAt", "2025-01-10T08:00:00Z");
            data.put("submittedBy", "county-system");
            data.set("document", seed.path("document"));
            data.set("findings", mapper.createArrayNode());
            ObjectNode envelope = mapper.createObjectNode();
            envelope.put("specversion", "1.0");
            envelope.put("id", UUID.randomUUID().toString());
            envelope.put("source", "/budget/submission-service");
            envelope.put("type", "budget.submission.submitted.v1");
            envelope.put("time", "2025-01-10T08:00:01Z");
            envelope.put("subject", submissionId.toString());
            envelope.put("datacontenttype", "application/json");
            envelope.set("data", data);
            KafkaProbe.send("budget.submissions", submissionId.toString(), mapper.writeValueAsString(envelope));
        }
        List<String> ids = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ids.clear();
            for (UUID submissionId : submissions) {
                io.restassured.RestAssured.given().auth().oauth2(REVIEWER).when().get("/api/v1/review-cases?size=200")
                        .then().statusCode(200).extract().jsonPath().<java.util.Map<String, Object>>getList("$").stream()
                        .filter(c -> submissionId.toString().equals(c.get("submissionId"))).findFirst()
                        .ifPresent(c -> ids.add((String) c.get("id")));
            }
            return ids.size() == count;
        });
        return List.copyOf(ids);
    }
}
