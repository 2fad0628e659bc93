package com.budgetperf.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.budgetperf.report.CubeEvents.Submission;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The published seed documents in {@code src/test/resources/seed-documents/} (000: 承德高新区人社局, with the 部门整体
 * indicator grid; 001: 保定市满城区人社局, a whole 部门预算公开), as submissions of a fresh fiscal year.
 */
final class SeedDocuments {

    static final String SEED_000 = "000-130871.json";
    static final String SEED_001 = "001-130607.json";

    private SeedDocuments() {
    }

    /** The request body of the seed: fiscalYear, regionCode, departmentCode, departmentName, document. */
    static ObjectNode request(String file) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream("/seed-documents/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seed-documents/" + file);
            }
            return (ObjectNode) ReportEvents.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's document, a copy to change freely. */
    static ObjectNode document(String file) {
        return (ObjectNode) request(file).get("document").deepCopy();
    }

    /** A submission of the seed's department and region in {@code fiscalYear}, not sent yet. */
    static Submission submission(String file, int fiscalYear) {
        ObjectNode request = request(file);
        return new Submission(fiscalYear, request.get("regionCode").asText())
                .department(request.get("departmentCode").asText(), request.get("departmentName").asText())
                .document((ObjectNode) request.get("document"));
    }
}
