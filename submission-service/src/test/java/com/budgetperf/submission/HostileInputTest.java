package com.budgetperf.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.HostileInputs;
import com.budgetperf.platform.testing.HostileRequests;
import com.budgetperf.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The hostile-input suite of submission-service (README "Hostile input"): seeded mutations of the local stack's
 * real demo submissions ({@code deploy/local/demo/*.json}, built from the published seed tables) posted as dry runs
 * and as real versions, mutated Excel forms, and hostile parameters on every query and action. Each answer is 2xx
 * or 4xx problem+json within a second, a refused post stores nothing, and the service is healthy afterwards.
 */
@QuarkusTest
class HostileInputTest {

    static final long SEED = 20_261_130L;
    static final String PROVINCE_SYSTEM = TestTokens.user("hebei-finance").roles("submitter").region("13").sign();
    static final Path DEMO = Path.of(System.getProperty("user.dir")).resolveSibling("deploy").resolve("local/demo");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] TABLES = { "submission", "submission_version", "idempotency_reservation", "outbox_event" };

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource dataSource;

    @Test
    void fourThousandHostileInputsAreAnsweredWellAndStoreNothingWhenRefused() throws IOException {
        long start = System.nanoTime();
        HostileInputs inputs = new HostileInputs(SEED);
        HostileRequests requests = new HostileRequests(base);
        List<String> seeds = seeds();
        for (String seed : seeds) {   // warm-up, not counted: the first machine reviews load the rules
            io.restassured.RestAssured.given().auth().oauth2(PROVINCE_SYSTEM).contentType("application/json").body(seed)
                    .when().post("/api/v1/submissions?dryRun=true").then().statusCode(200);
        }
        // smaller seeds more often: the big tables cost the machine review more and add no new kinds of field;
        // stored versions from the three smaller ones
        int[] dryRuns = { 300, 800, 1200, 400 };
        for (int s = 0; s < seeds.size(); s++) {
            for (HostileInputs.Input input : inputs.variants(seeds.get(s), dryRuns[s % dryRuns.length])) {
                requests.send(PROVINCE_SYSTEM, "POST", "api/v1/submissions?dryRun=true", input);
            }
        }
        for (int s = 1; s < seeds.size(); s++) {
            for (HostileInputs.Input input : inputs.variants(seeds.get(s), 200)) {
                requests.sendWrite(PROVINCE_SYSTEM, "POST", "api/v1/submissions", input,
                        () -> HostileRequests.rowCount(dataSource, TABLES));
            }
        }
        excelForms(inputs.random(), requests, seeds.get(2), 150);
        queries(inputs, requests, 600);

        System.out.println(requests.summary("submission-service") + ", " + (System.nanoTime() - start) / 1_000_000 + " ms in all");
        assertTrue(requests.failures().isEmpty(), requests.failureReport());
        assertTrue(requests.sent() >= 4000, "sent " + requests.sent());
        assertEquals(200, io.restassured.RestAssured.get("/q/health/live").statusCode());
    }

    /** The real demo submissions, read as the local stack loads them. */
    static List<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(DEMO)) {
            List<String> seeds = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
            assertTrue(seeds.size() >= 3, "demo submissions in " + DEMO);
            return seeds;
        }
    }

    /** A real form (the seed, stored, then downloaded as the template), cut, flipped and relabelled. */
    private void excelForms(Random random, HostileRequests requests, String seed, int count) throws IOException {
        JsonNode document = new ObjectMapper().readTree(seed);
        requests.send(PROVINCE_SYSTEM, "POST", "api/v1/submissions", "application/json",
                seed.getBytes(StandardCharsets.UTF_8), "the seed, stored for its form");
        byte[] form = io.restassured.RestAssured.given().auth().oauth2(PROVINCE_SYSTEM)
                .queryParam("fiscalYear", document.path("fiscalYear").asInt())
                .queryParam("regionCode", document.path("regionCode").asText())
                .queryParam("departmentCode", document.path("departmentCode").asText())
                .when().get("/api/v1/submission-forms/template").then().statusCode(200).extract().asByteArray();
        for (int i = 0; i < count; i++) {
            byte[] body = form.clone();
            String kind;
            switch (i % 5) {
                case 0 -> {
                    body = Arrays.copyOf(body, random.nextInt(body.length));
                    kind = "truncated form";
                }
                case 1, 2 -> {
                    for (int flips = 1 + random.nextInt(20); flips > 0; flips--) {
                        body[random.nextInt(body.length)] = (byte) random.nextInt(256);
                    }
                    kind = "bytes flipped";
                }
                case 3 -> {
                    body = seed.getBytes(StandardCharsets.UTF_8);
                    kind = "JSON sent as a form";
                }
                default -> kind = "the form itself";
            }
            String type = i % 7 == 6 ? "text/csv" : XLSX;
            requests.sendWrite(PROVINCE_SYSTEM, "POST", "api/v1/submission-forms" + (i % 2 == 0 ? "?dryRun=true" : ""),
                    new HostileInputs.Input(kind, body, type), () -> HostileRequests.rowCount(dataSource, TABLES));
        }
    }

    private void queries(HostileInputs inputs, HostileRequests requests, int count) {
        String known = io.restassured.RestAssured.given().auth().oauth2(PROVINCE_SYSTEM).when().get("/api/v1/submissions")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        List<String> queries = List.of("api/v1/submissions?fiscalYear=%s&page=%s&size=%s", "api/v1/submissions/%s",
                "api/v1/submissions/" + known + "/versions/%s", "api/v1/submissions/" + known + "/versions/%s/values",
                "api/v1/submissions/" + known + "/diff?from=%s&to=%s", "api/v1/submissions/%s/review-notes",
                "api/v1/submission-forms/template?fiscalYear=%s&regionCode=%s&departmentCode=%s&departmentName=%s",
                "api/v1/submission-forms/%s/versions/%s?reviewed=%s", "api/v1/submission-forms/" + known + "/versions/%s?reviewed=%s",
                "api/v1/submissions/" + UUID.randomUUID() + "/submit", "api/v1/submissions/%s/withdraw");
        for (int i = 0; i < count; i++) {
            String query = queries.get(i % queries.size());
            Object[] values = { inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue(), inputs.parameterValue() };
            String method = query.endsWith("/submit") || query.endsWith("/withdraw") ? "POST" : "GET";
            requests.send(PROVINCE_SYSTEM, method, query.formatted(values), null, null,
                    "parameters " + Arrays.toString(values));
        }
    }
}
