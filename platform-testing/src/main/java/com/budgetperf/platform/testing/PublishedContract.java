package com.budgetperf.platform.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The OpenAPI document of record of one service: {@code docs/api/<service>.yaml} at the repository root, committed,
 * linted by {@code .ci/run} and the source of the generated clients. A service's {@code OpenApiContractTest} calls
 * {@link #assertServedDocumentIsCommitted()}: the document the running service serves at {@code /q/openapi} must be
 * byte for byte the committed one, so a change to an endpoint that is not exported fails the build.
 * <p>
 * {@code -Dcontracts.export=true} writes the served document into {@code docs/api/} instead of comparing
 * (then commit it); the served document is always written to {@code target/openapi/} for inspection.
 */
public final class PublishedContract {

    public static final String EXPORT_PROPERTY = "contracts.export";

    private final String service;

    private PublishedContract(String service) {
        this.service = service;
    }

    public static PublishedContract of(String service) {
        return new PublishedContract(service);
    }

    /** The committed document, found from the module directory the tests run in. */
    public Path committed() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/api"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/api not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/api").resolve(service + ".yaml");
    }

    /** What the running service serves, as YAML. */
    public String served() {
        return given().accept("application/yaml").when().get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
    }

    public void assertServedDocumentIsCommitted() {
        String served = served();
        write(Path.of("target/openapi").resolve(service + ".yaml"), served);
        Path committed = committed();
        if (Boolean.getBoolean(EXPORT_PROPERTY)) {
            write(committed, served);
            return;
        }
        String expected = Files.exists(committed) ? read(committed) : "";
        if (!expected.equals(served)) {
            throw new AssertionError("The OpenAPI document served by " + service + " differs from " + committed
                    + " (first difference at line " + firstDifferentLine(expected, served) + "; the served one is in "
                    + Path.of("target/openapi", service + ".yaml").toAbsolutePath() + "). If the API change is meant, "
                    + "export it with -D" + EXPORT_PROPERTY + "=true, lint it (.ci/lint/run) and commit docs/api.");
        }
    }

    static int firstDifferentLine(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int line = 0;
        while (line < a.length && line < b.length && a[line].equals(b[line])) {
            line++;
        }
        return line + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
