package com.budgetperf.submission.domain.review.labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.budgetperf.submission.domain.document.TargetDocument;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A demo document of {@code deploy/local/demo} with what a finance reviewer marked in it
 * ({@code deploy/local/demo/labels/<stem>.labels.json}, format in the README there): per table (a project by its
 * index, or the department-wide indicators) the defects, the arguable cases and the clean rows.
 */
public record ReviewerLabels(String stem, String seed, int fiscalYear, TargetDocument document,
        Map<String, Table> tables) {

    /** One label: a kind of defect at an indicator index ({@code where} a number) or at a field (plan, goals…). */
    public record Label(String code, String where, List<String> also, String field, String evidence) {

        public boolean atRow() {
            return where.chars().allMatch(Character::isDigit);
        }

        /** Whether a finding located at {@code place} (an index or a field) answers this label. */
        public boolean covers(String place) {
            if (!atRow()) {
                return !place.chars().allMatch(Character::isDigit);
            }
            return where.equals(place) || also.contains(place);
        }
    }

    public record Table(List<Label> defects, List<Label> unsure, List<Integer> clean) {
    }

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The folder of the demo documents, found from the module directory or the repository root. */
    public static Path demoFolder() {
        for (Path candidate : List.of(Path.of("../deploy/local/demo"), Path.of("deploy/local/demo"))) {
            if (Files.isDirectory(candidate.resolve("labels"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("deploy/local/demo/labels not found from " + Path.of("").toAbsolutePath());
    }

    /**
     * The folder of the held-out tables ({@code src/test/resources/holdout}: documents hand-written in other counties'
     * styles, labelled before the rules were run on them), found from the module directory or the repository root.
     */
    public static Path holdoutFolder() {
        for (Path candidate : List.of(Path.of("src/test/resources/holdout"),
                Path.of("submission-service/src/test/resources/holdout"))) {
            if (Files.isDirectory(candidate.resolve("labels"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("holdout/labels not found from " + Path.of("").toAbsolutePath());
    }

    /** Every labelled demo document, by file name. */
    public static List<ReviewerLabels> all() throws IOException {
        return all(demoFolder());
    }

    /** Every labelled document of a folder (documents beside a {@code labels} folder), by file name. */
    public static List<ReviewerLabels> all(Path folder) throws IOException {
        List<ReviewerLabels> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve("labels"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".labels.json")).sorted().toList()) {
                String stem = file.getFileName().toString().replace(".labels.json", "");
                all.add(read(stem, JSON.readTree(folder.resolve(stem + ".json").toFile()), JSON.readTree(file.toFile())));
            }
        }
        return all;
    }

    private static ReviewerLabels read(String stem, JsonNode body, JsonNode labels) throws IOException {
        TargetDocument document = JSON.treeToValue(body.get("document"), TargetDocument.class);
        Map<String, Table> tables = new LinkedHashMap<>();
        labels.path("projects").fields().forEachRemaining(entry -> tables.put("projects/" + entry.getKey(),
                table(entry.getValue())));
        if (labels.has("department")) {
            tables.put("department", table(labels.get("department")));
        }
        return new ReviewerLabels(stem, stem.substring(0, 3), body.get("fiscalYear").asInt(), document, tables);
    }

    private static Table table(JsonNode node) {
        List<Integer> clean = new ArrayList<>();
        node.path("clean").forEach(index -> clean.add(index.asInt()));
        return new Table(labels(node.path("defects")), labels(node.path("unsure")), clean);
    }

    private static List<Label> labels(JsonNode list) {
        List<Label> labels = new ArrayList<>();
        for (JsonNode entry : list) {
            List<String> also = new ArrayList<>();
            entry.path("also").forEach(index -> also.add(index.asText()));
            labels.add(new Label(entry.get("code").asText(), entry.get("where").asText(), also,
                    entry.path("field").asText(null), entry.path("evidence").asText(null)));
        }
        return labels;
    }

    /** Rule code → the label kinds it answers, from the data file beside the built-in rule set. */
    public static Map<String, List<String>> ruleKinds() throws IOException {
        try (var in = ReviewerLabels.class.getResourceAsStream("/review/rule-label-kinds.json")) {
            JsonNode kinds = JSON.readTree(in).get("kinds");
            Map<String, List<String>> map = new LinkedHashMap<>();
            kinds.fields().forEachRemaining(entry -> {
                List<String> list = new ArrayList<>();
                entry.getValue().forEach(kind -> list.add(kind.asText()));
                map.put(entry.getKey(), list);
            });
            return map;
        }
    }
}
