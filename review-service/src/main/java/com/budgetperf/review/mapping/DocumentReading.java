package com.budgetperf.review.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.budgetperf.review.domain.DocumentChanges;
import com.budgetperf.review.domain.DocumentPointer;
import com.budgetperf.review.domain.SubmissionFacts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reads what review-service needs from a submitted document (the JSON carried by the submission event). */
public final class DocumentReading {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentReading() {
    }

    public static JsonNode parse(String document) {
        if (document == null || document.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document is not JSON", e);
        }
    }

    public static SubmissionFacts facts(String regionCode, JsonNode document) {
        List<String> texts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode project : document.path("projects")) {
            StringBuilder text = new StringBuilder();
            collectText(project, text);
            texts.add(text.toString());
            BigDecimal projectTotal = decimal(project.path("budget").path("total"));
            if (projectTotal != null) {
                total = total.add(projectTotal);
            }
        }
        return new SubmissionFacts(regionCode, texts, total);
    }

    public static DocumentChanges.Document changesModel(JsonNode document) {
        List<DocumentChanges.Project> projects = new ArrayList<>();
        for (JsonNode project : document.path("projects")) {
            List<DocumentChanges.Indicator> indicators = new ArrayList<>();
            for (JsonNode indicator : project.path("indicators")) {
                indicators.add(new DocumentChanges.Indicator(text(indicator.path("level2")), text(indicator.path("name")),
                        valueText(indicator.path("value")), text(indicator.path("basis"))));
            }
            BigDecimal total = decimal(project.path("budget").path("total"));
            projects.add(new DocumentChanges.Project(text(project.path("code")), text(project.path("name")),
                    total == null ? null : total.stripTrailingZeros().toPlainString(), indicators));
        }
        return new DocumentChanges.Document(projects);
    }

    /** Number of projects, and of indicators of project {@code projectIndex}. */
    /**
     * What is wrong with {@code path} as an anchor in {@code document} (null: a document not kept): not a JSON
     * pointer of the shapes a comment may name, or naming a project or indicator the document does not have. Empty
     * when it is a good anchor.
     */
    public static Optional<String> anchorProblem(JsonNode document, String path) {
        if (!DocumentPointer.isWellFormed(path)) {
            return Optional.of(
                    "定位应为 JSON 指针：\"\"（整个申报）、/projects/序号（项目）或 /projects/序号/indicators/序号（指标）");
        }
        int project = DocumentPointer.projectIndex(path);
        if (project < 0 || document == null) {
            return Optional.empty();
        }
        if (project >= projectCount(document)) {
            return Optional.of("申报中没有第 " + (project + 1) + " 个项目");
        }
        int indicator = DocumentPointer.indicatorIndex(path);
        if (indicator >= 0 && indicator >= indicatorCount(document, project)) {
            return Optional.of("该项目中没有第 " + (indicator + 1) + " 个指标");
        }
        return Optional.empty();
    }

    public static int projectCount(JsonNode document) {
        return document.path("projects").size();
    }

    public static int indicatorCount(JsonNode document, int projectIndex) {
        return document.path("projects").path(projectIndex).path("indicators").size();
    }

    /** 指标值 as written: {@code raw}, or symbol + number + unit, or the text itself. */
    static String valueText(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.hasNonNull("raw") && !value.get("raw").asText().isBlank()) {
            return value.get("raw").asText();
        }
        String joined = text(value.path("symbol"), "") + text(value.path("operator"), "") + text(value.path("number"), "")
                + text(value.path("unit"), "");
        return joined.isBlank() ? null : joined;
    }

    private static void collectText(JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(node.asText()).append('\n');
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectText(child, text));
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return text(node, null);
    }

    private static String text(JsonNode node, String otherwise) {
        return node.isMissingNode() || node.isNull() ? otherwise : node.asText();
    }
}
