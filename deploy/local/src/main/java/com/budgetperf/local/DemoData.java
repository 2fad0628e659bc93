package com.budgetperf.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the demo submissions exactly as a county system would: a client-credentials token of the county's
 * confidential client, then {@code POST /api/v1/submissions} with an Idempotency-Key (so loading twice creates
 * nothing new). The bodies in {@code deploy/local/demo/} are built from the published tables in submission-service/src/test/resources/seeds by
 * submission-service's seed fixtures ({@code SeedForms}), not typed by hand.
 */
public final class DemoData {

    private DemoData() {
    }

    public static void load(LocalStack stack) throws IOException {
        Path folder = stack.root().resolve("deploy/local/demo");
        if (!Files.isDirectory(folder)) {
            LocalStack.log("no demo data in " + folder);
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode body = StackClient.JSON.readTree(file.toFile());
            String region = body.get("regionCode").asText();
            StackClient county = StackClient.countySystem("county-" + region, "county-" + region + "-secret");
            StackClient.Answer answer = county.post(8082, "/api/v1/submissions", body.toString(),
                    java.util.Map.of("Idempotency-Key", "demo-" + file.getFileName()));
            if (answer.status() != 201) {
                LocalStack.log("demo " + file.getFileName() + " refused: " + answer.status() + " " + answer.body());
                continue;
            }
            LocalStack.log(String.format("demo %s: %s %s, %d projects, %d findings, quality %d (%s)",
                    file.getFileName(), body.get("regionCode").asText(), body.get("departmentName").asText(),
                    body.at("/document/projects").size(), answer.body().get("findings").size(),
                    answer.body().get("qualityScore").asInt(), answer.body().get("suggestedGrade").asText()));
        }
    }
}
