package com.budgetperf.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Several county finance systems handing documents in at once, as the crash tests need them: each with its own
 * client-credentials token, one {@code POST /api/v1/submissions} (with an Idempotency-Key) and one
 * {@code POST /submit} per submission, spread over a few client threads. The document is the demo 满城区 table (two
 * projects, plan completed so that it may be handed in) under a department code of its own.
 */
final class CountyBurst {

    static final List<String> COUNTIES = List.of("130607", "130606");

    private final ObjectNode template;
    private final Map<String, StackClient> systems = new ConcurrentHashMap<>();
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    final Set<String> handedIn = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    final AtomicInteger done = new AtomicInteger();

    CountyBurst(Path root) throws IOException {
        template = (ObjectNode) StackClient.JSON.readTree(root.resolve("deploy/local/demo/001-130607-356009.json").toFile());
        for (JsonNode project : template.withArray("/document/projects")) {
            ((ObjectNode) project.get("disbursementPlan")).put("dec", 100);
        }
        for (String county : COUNTIES) {
            systems.put(county, StackClient.countySystem("county-" + county, "county-" + county + "-secret"));
        }
    }

    /** Hands in {@code count} submissions of {@code fiscalYear} with {@code threads} clients; returns when all are answered. */
    void handIn(int count, int fiscalYear, int threads) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                work.add(clients.submit(() -> handInOne(n, fiscalYear)));
            }
            for (Future<?> answered : work) {
                answered.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private void handInOne(int n, int fiscalYear) {
        String county = COUNTIES.get(n % COUNTIES.size());
        ObjectNode body = template.deepCopy();
        body.put("fiscalYear", fiscalYear).put("regionCode", county).put("departmentCode", "C" + run + "-" + n);
        StackClient system = systems.get(county);
        try {
            StackClient.Answer posted = system.post(8082, "/api/v1/submissions", body.toString(),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (posted.status() != 201) {
                refused.add("POST #" + n + ": " + posted.status() + " " + posted.body());
                return;
            }
            String id = posted.body().get("id").asText();
            StackClient.Answer submitted = system.post(8082, "/api/v1/submissions/" + id + "/submit", null);
            if (submitted.status() != 200) {
                refused.add("submit " + id + ": " + submitted.status() + " " + submitted.body());
                return;
            }
            handedIn.add(id);
        } catch (RuntimeException e) {
            refused.add("#" + n + ": " + e);
        } finally {
            done.incrementAndGet();
        }
    }
}
