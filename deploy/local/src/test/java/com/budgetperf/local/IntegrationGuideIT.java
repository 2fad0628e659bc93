package com.budgetperf.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * docs/integration-guide.md, literally: its {@code bash} blocks, in order, as one bash script (each block sees what the
 * ones before it set) against the running stack, from a scratch directory that sees the repository's {@code deploy/}
 * (the guide posts a demo table from there). Every block's output is kept and checked; a webhook receiver on this
 * machine (the guide's {@code HOOK_URL}) takes the deliveries, and the guide's own signature check is run on the one
 * that arrived. A guide edit that breaks a step fails here.
 */
class IntegrationGuideIT {

    static final Path GUIDE = Path.of("docs/integration-guide.md");
    static final Pattern BASH_BLOCK = Pattern.compile("(?s)```bash\\n(.*?)\\n```");
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    record Delivery(String id, String timestamp, String signature, String body) {
    }

    record Step(String block, String output, Map<String, String> variables) {
    }

    static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        stack = SharedStack.get();
    }

    @Test
    void everyStepOfTheIntegrationGuideRunsAsWrittenAgainstTheStack() throws Exception {
        List<String> blocks = blocks(Files.readString(stack.root().resolve(GUIDE)));
        assertTrue(blocks.size() >= 10, "the guide's bash blocks: " + blocks.size());
        Path work = Files.createTempDirectory("integration-guide");
        Files.createSymbolicLink(work.resolve("deploy"), stack.root().resolve("deploy"));
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        HttpServer receiver = receiver(deliveries);
        Instant start = Instant.now();
        List<Step> steps;
        try {
            steps = run(blocks, work);
            Thread.sleep(2000); // a second delivery of the same change would arrive now
        } finally {
            receiver.stop(0);
        }
        System.out.printf("[integration-guide] %d blocks ran in %d ms%n", steps.size(),
                Duration.between(start, Instant.now()).toMillis());

        // 1. a token of the county's client
        assertTrue(step(steps, "client_credentials").output().matches("(?s)token: \\d{3,} characters\\s*"),
                step(steps, "client_credentials").output());
        // 2. posted: 201, a draft with the machine review's findings
        Step posted = step(steps, "posted.headers");
        String id = posted.variables().get("ID");
        assertTrue(UUID.matcher(id).matches(), "ID " + id);
        assertTrue(posted.output().startsWith("HTTP/1.1 201"), posted.output());
        assertTrue(posted.output().contains("\"status\": \"DRAFT\""), posted.output());
        int findings = number(posted.output(), "findings");
        assertTrue(findings > 0, posted.output());
        assertTrue(step(steps, "/api/v1/submissions/checks").output().matches("(?s)(ERROR|WARNING|INFO)\\t.*"),
                step(steps, "/api/v1/submissions/checks").output());
        // 3. read: the version and its ETag, one line per finding, the understood values
        Step read = step(steps, "current.headers");
        int version = Integer.parseInt(read.variables().get("VERSION"));
        assertTrue(read.output().contains("version " + version + ", ETag \"" + version + "-DRAFT\""), read.output());
        assertTrue(read.output().lines().filter(line -> line.matches("(ERROR|WARNING|INFO)\t.*")).count() >= findings,
                read.output());
        // 4. fixed (one version more, fewer findings, no error), the diff shows the plan, submitted
        Step fixed = step(steps, "fixed.json");
        assertEquals(version + 1, number(fixed.output(), "version"), fixed.output());
        assertTrue(number(fixed.output(), "findings") < findings, fixed.output());
        assertEquals(0, number(fixed.output(), "errors"), fixed.output());
        assertTrue(fixed.output().contains("/disbursementPlan\t"), fixed.output());
        assertTrue(fixed.output().contains("\"status\": \"SUBMITTED\""), fixed.output());
        // 5. the change feed, read through to its end: this submission's versions and its submit
        Step feed = step(steps, "changes.tsv");
        for (String change : List.of("submission.version-received\t" + id + "\t" + version,
                "submission.version-received\t" + id + "\t" + (version + 1), "submission.submitted\t" + id)) {
            assertTrue(feed.output().contains(change), "the feed shows " + change + ":\n" + feed.output());
        }
        // 6. the webhook is registered for the county
        Step webhook = step(steps, "HOOK_URL=");
        assertTrue(UUID.matcher(webhook.variables().get("WEBHOOK")).matches(), webhook.output());
        assertTrue(webhook.output().contains("\"regionPrefix\": \"130607\""), webhook.output());
        // 7. withdrawn: on the feed after the cursor, delivered to the receiver, the webhook removed
        Step withdrawn = step(steps, "/withdraw");
        assertTrue(withdrawn.output().contains("\"status\": \"WITHDRAWN\""), withdrawn.output());
        Matcher change = Pattern.compile("(" + UUID.pattern() + ")\\tsubmission\\.withdrawn").matcher(withdrawn.output());
        assertTrue(change.find(), withdrawn.output());
        String withdrawal = change.group(1);
        assertTrue(withdrawn.output().contains(withdrawal + "\tDELIVERED\t1\t204"), withdrawn.output());
        assertTrue(withdrawn.output().contains("webhook removed: HTTP 204"), withdrawn.output());
        List<Delivery> ofWithdrawal = deliveries.stream().filter(delivery -> delivery.id().equals(withdrawal)).toList();
        assertEquals(1, ofWithdrawal.size(), "the withdrawal delivered exactly once: " + deliveries);
        assertTrue(ofWithdrawal.get(0).body().contains("submission.withdrawn"), ofWithdrawal.get(0).body());
        // the guide's signature check accepts the platform's signature and refuses a changed body
        String check = step(steps, "webhook_signature_ok()").block();
        String secret = webhook.variables().get("SECRET");
        assertEquals("valid", verify(check, secret, ofWithdrawal.get(0)));
        Delivery tampered = new Delivery(withdrawal, ofWithdrawal.get(0).timestamp(), ofWithdrawal.get(0).signature(),
                ofWithdrawal.get(0).body().replace("submission.withdrawn", "submission.submitted"));
        assertEquals("invalid", verify(check, secret, tampered));
        // 8. problem+json, 401 without a token, an Idempotency-Key replayed and a key reused for another body
        Step errors = step(steps, "problem.json");
        for (String text : List.of("HTTP 422", "\"code\": \"VALIDATION_FAILED\"", "/departmentName",
                "without a token: HTTP 401")) {
            assertTrue(errors.output().contains(text), "step 8 shows " + text + ":\n" + errors.output());
        }
        Step retried = step(steps, "retried.headers");
        assertTrue(retried.output().toLowerCase().contains("idempotent-replayed: true"), retried.output());
        assertTrue(retried.output().contains("\"id\": \"" + id + "\""), retried.output());
        assertEquals(version, number(retried.output(), "version"), retried.output());
        assertTrue(retried.output().contains("HTTP 422 IDEMPOTENCY_KEY_REUSED"), retried.output());
    }

    static List<String> blocks(String guide) {
        List<String> blocks = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(guide);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    /** Runs the blocks as one script; the output and the upper-case variables after each block are kept. */
    static List<Step> run(List<String> blocks, Path work) throws IOException, InterruptedException {
        Path out = Files.createDirectories(work.resolve("out"));
        StringBuilder script = new StringBuilder("set -euo pipefail\nguide_out='" + out + "'\n");
        for (int i = 0; i < blocks.size(); i++) {
            String name = String.format("%02d", i);
            script.append("{\n").append(blocks.get(i)).append("\n} > \"$guide_out/").append(name).append(".out\" 2>&1\n")
                    .append("compgen -v | grep -E '^[A-Z][A-Z0-9_]*$' | while read -r name; do printf '%s=%s\\n' ")
                    .append("\"$name\" \"${!name-}\"; done > \"$guide_out/").append(name).append(".vars\"\n");
        }
        Path file = work.resolve("guide.sh");
        Files.writeString(file, script);
        Process bash = new ProcessBuilder("bash", file.toString()).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("guide.log").toFile()).start();
        if (!bash.waitFor(5, TimeUnit.MINUTES)) {
            bash.destroyForcibly();
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String name = String.format("%02d", i);
            Path output = out.resolve(name + ".out");
            Path variables = out.resolve(name + ".vars");
            if (!Files.exists(variables)) {
                throw new AssertionError("the guide's bash block " + (i + 1) + " of " + blocks.size() + " failed (exit "
                        + (bash.isAlive() ? "timeout" : bash.exitValue()) + "):\n" + blocks.get(i) + "\n--- its output:\n"
                        + (Files.exists(output) ? Files.readString(output) : "") + "\n--- bash:\n"
                        + Files.readString(work.resolve("guide.log")));
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(variables)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            steps.add(new Step(blocks.get(i), Files.readString(output), values));
        }
        assertEquals(0, bash.exitValue(), Files.readString(work.resolve("guide.log")));
        return steps;
    }

    static Step step(List<Step> steps, String containing) {
        return steps.stream().filter(step -> step.block().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no bash block of the guide contains " + containing));
    }

    /** The number after {@code "field": } in a jq answer. */
    static int number(String output, String field) {
        Matcher number = Pattern.compile("\"" + field + "\": (\\d+)").matcher(output);
        assertTrue(number.find(), field + " in " + output);
        return Integer.parseInt(number.group(1));
    }

    /** The county's webhook receiver at the guide's HOOK_URL: keeps each delivery, answers 204. */
    static HttpServer receiver(List<Delivery> deliveries) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 8090), 0);
        server.createContext("/hooks/budget-platform", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("Webhook-Id"),
                    exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                    exchange.getRequestHeaders().getFirst("Webhook-Signature"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** The guide's {@code webhook_signature_ok} on a delivery: "valid" or "invalid". */
    static String verify(String check, String secret, Delivery delivery) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + check
                + "\nif webhook_signature_ok \"$W_ID\" \"$W_TS\" \"$W_BODY\" \"$W_SIG\"; then echo valid; else echo invalid; fi")
                .redirectErrorStream(true);
        bash.environment().putAll(Map.of("SECRET", secret, "W_ID", delivery.id(), "W_TS", delivery.timestamp(),
                "W_BODY", delivery.body(), "W_SIG", delivery.signature()));
        Process process = bash.start();
        String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        return answer;
    }
}
