package com.budgetperf.submission.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The local stack's demo submissions ({@code deploy/local/demo/*.json}) are exactly what {@link SeedForms} builds
 * from the published tables: regenerate them with {@code -Ddemo.write=true} after changing the fixtures.
 */
class DemoDataTests {

    static final Path DEMO = Path.of(System.getProperty("user.dir")).resolveSibling("deploy").resolve("local/demo");

    @Test
    void demoFilesAreTheSeedFixtures() throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        boolean write = Boolean.getBoolean("demo.write");
        if (write) {
            Files.createDirectories(DEMO);
        }
        for (SeedForms.SeedDepartment department : SeedForms.all()) {
            Path file = DEMO.resolve(department.seed().substring(0, 3) + "-" + department.regionCode() + "-"
                    + department.departmentCode() + ".json");
            String expected = json.writeValueAsString(department.request()) + "\n";
            if (write) {
                Files.writeString(file, expected, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), file + " missing: run with -Ddemo.write=true");
            assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
    }
}
