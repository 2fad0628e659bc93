package com.budgetperf.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.budgetperf.submission.client.ApiException;
import com.budgetperf.submission.client.model.SubmissionView;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Loads the demo submissions exactly as a county system would: the client generated from the contract
 * ({@link CountySystem}), a client-credentials token of the county's confidential client, then
 * {@code POST /api/v1/submissions} with an Idempotency-Key (so loading twice creates nothing new). The bodies in
 * {@code deploy/local/demo/} are built from the published tables in submission-service/src/test/resources/seeds by
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
            CountySystem county = CountySystem.connect("county-" + region, "county-" + region + "-secret");
            try {
                SubmissionView answer = county.submissions().postSubmission(county.request(body),
                        "demo-" + file.getFileName(), null);
                LocalStack.log(String.format("demo %s: %s %s, %d projects, %d findings, quality %d (%s)",
                        file.getFileName(), answer.getRegionCode(), answer.getDepartmentName(),
                        answer.getDocument().getProjects().size(), answer.getFindings().size(),
                        answer.getQualityScore(), answer.getSuggestedGrade()));
            } catch (ApiException refused) {
                LocalStack.log("demo " + file.getFileName() + " refused: " + refused.getCode() + " "
                        + refused.getResponseBody());
            }
        }
    }
}
