package com.budgetperf.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event schemas of record: {@code docs/events/<type>.schema.json} (JSON Schema 2020-12, the CloudEvents envelope
 * with its {@code data}) and one example each in {@code docs/events/examples/<type>.json}. A producer's test
 * validates what it writes ({@link #assertValid(String)}); a consumer's test reads the examples ({@link #example})
 * with its own records. The schemas, not any service's Java class, say what an event is.
 */
public final class EventSchemas {

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventSchemas() {
    }

    /** An ObjectMapper configured like Quarkus' default one (ISO dates, unknown properties ignored). */
    public static ObjectMapper objectMapper() {
        return JSON;
    }

    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/events"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/events not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/events");
    }

    /** Every event type that has a schema. */
    public static List<String> types() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .map(name -> name.substring(0, name.length() - ".schema.json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with a CloudEvent (JSON text) against the schema of its {@code type}; empty when valid. */
    public static List<String> problems(String cloudEvent) {
        JsonNode event = read(cloudEvent);
        String type = event.path("type").asText();
        if (!Files.exists(directory().resolve(type + ".schema.json"))) {
            return List.of("no schema of record for event type '" + type + "' in docs/events");
        }
        return schema(type).validate(event).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public static void assertValid(String cloudEvent) {
        List<String> problems = problems(cloudEvent);
        if (!problems.isEmpty()) {
            throw new AssertionError("event does not match its schema of record: " + problems + "\n" + cloudEvent);
        }
    }

    /** The example of {@code type} (docs/events/examples), checked against its schema. */
    public static String example(String type) {
        try {
            String example = Files.readString(directory().resolve("examples").resolve(type + ".json"));
            assertValid(example);
            return example;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code data} of the example of {@code type}, read into a consumer's own record. */
    public static <T> T exampleData(String type, Class<T> record) {
        try {
            return JSON.treeToValue(read(example(type)).get("data"), record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(read(directory().resolve(t + ".schema.json")),
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build()));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
