package com.budgetperf.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Crash tests on the real stack (services as separate processes, the local stack's own broker):
 * (a) the broker stopped while 1,000 submissions are handed in, then restarted: every one arrives once as a review
 * case (review-service) and once as a report fact (report-service); (b) report-service killed with {@code kill -9}
 * while it consumes a burst, then restarted: its read model equals a rebuild from the topics.
 */
class CrashIT {

    static final int OUTAGE_SUBMISSIONS = 1000;
    static final int OUTAGE_YEAR = 2019; // years of their own, older than the other tests' (the city page opens on the newest)
    static final int BURST_SUBMISSIONS = 300;
    static final int BURST_YEAR = 2020;

    static LocalStack stack;
    static final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void start() throws Exception {
        stack = SharedStack.get();
    }

    @AfterAll
    static void stop() {
        background.shutdownNow();
    }

    @Test
    void theBrokerDownWhileAThousandSubmissionsAreHandedInLosesNoneAndDoublesNone() throws Exception {
        CountyBurst counties = new CountyBurst(stack.root());
        StackClient cityReviewer = StackClient.person("baoding.reviewer", "demo");
        StackClient cityAnalyst = StackClient.person("baoding.analyst", "demo");
        Instant start = Instant.now();
        List<String> notReady = new ArrayList<>();
        stack.stopBroker();
        try {
            Future<?> burst = background.submit(() -> {
                counties.handIn(OUTAGE_SUBMISSIONS, OUTAGE_YEAR, 6);
                return null;
            });
            // readiness does not depend on Kafka: every service answers while the counties hand in
            until("a tenth handed in", Duration.ofMinutes(3), () -> counties.done.get() >= OUTAGE_SUBMISSIONS / 10);
            notReady.addAll(notReady(cityAnalyst));
            burst.get();
            notReady.addAll(notReady(cityAnalyst));
        } finally {
            stack.startBroker();
        }
        Duration handIn = Duration.between(start, Instant.now());
        log("(a) %d submissions handed in with the broker down in %d ms (%.1f/s)", counties.handedIn.size(),
                handIn.toMillis(), counties.handedIn.size() * 1000.0 / handIn.toMillis());
        assertEquals(List.of(), notReady, "services not ready while the broker was down");
        assertEquals(List.of(), List.copyOf(counties.refused), "requests refused while the broker was down");
        assertEquals(OUTAGE_SUBMISSIONS, counties.handedIn.size());

        Instant restarted = Instant.now();
        until("every submission as a review case", Duration.ofMinutes(4),
                () -> reviewCases(cityReviewer, OUTAGE_YEAR, counties.handedIn).keySet().containsAll(counties.handedIn));
        log("(a) all review cases %d ms after the broker came back", Duration.between(restarted, Instant.now()).toMillis());
        until("every submission as a report fact", Duration.ofMinutes(4),
                () -> reportFacts(cityAnalyst, OUTAGE_YEAR, counties.handedIn).keySet().containsAll(counties.handedIn));
        log("(a) all report facts %d ms after the broker came back", Duration.between(restarted, Instant.now()).toMillis());
        until("the outbox of submission-service empty", Duration.ofMinutes(1),
                () -> cityAnalyst.get(8082, "/q/health/ready").body().toString().contains("\"pending\":0"));

        Thread.sleep(3000); // a duplicate would arrive now
        assertOnce("review cases (review-service)", counties.handedIn, reviewCases(cityReviewer, OUTAGE_YEAR, counties.handedIn));
        assertOnce("report facts (report-service)", counties.handedIn, reportFacts(cityAnalyst, OUTAGE_YEAR, counties.handedIn));
        JsonNode totals = cityAnalyst.get(8084, "/api/v1/cube/aggregate?measures=submissions,pending&cut=fiscal_year:"
                + OUTAGE_YEAR).body().at("/cells/0");
        assertEquals(OUTAGE_SUBMISSIONS, totals.path("submissions").asInt(), "the cube's count: " + totals);
        log("(a) done in %d ms", Duration.between(start, Instant.now()).toMillis());
    }

    @Test
    void reportServiceKilledWhileItConsumesABurstEqualsARebuildFromTheTopics() throws Exception {
        CountyBurst counties = new CountyBurst(stack.root());
        StackClient cityAnalyst = StackClient.person("baoding.analyst", "demo");
        StackClient provinceAdmin = StackClient.person("hebei.admin", "demo");
        Instant start = Instant.now();
        Future<?> burst = background.submit(() -> {
            counties.handIn(BURST_SUBMISSIONS, BURST_YEAR, 4);
            return null;
        });
        until("report-service consuming the burst", Duration.ofMinutes(3),
                () -> reportFacts(cityAnalyst, BURST_YEAR, null).size() >= BURST_SUBMISSIONS / 10);
        int factsAtKill = reportFacts(cityAnalyst, BURST_YEAR, null).size();
        int handedInAtKill = counties.handedIn.size();
        stack.kill("report-service");
        log("(b) report-service killed with %d of %d handed-in submissions projected", factsAtKill, handedInAtKill);
        burst.get();
        assertEquals(List.of(), List.copyOf(counties.refused), "requests refused during the burst");
        assertTrue(handedInAtKill < BURST_SUBMISSIONS || factsAtKill < BURST_SUBMISSIONS,
                "killed while the burst was still being consumed");
        Instant restarting = Instant.now();
        stack.restart("report-service");
        log("(b) report-service ready again in %d ms", Duration.between(restarting, Instant.now()).toMillis());

        until("every submission of the burst as a report fact", Duration.ofMinutes(3),
                () -> reportFacts(cityAnalyst, BURST_YEAR, counties.handedIn).keySet().containsAll(counties.handedIn));
        assertOnce("report facts after kill -9", counties.handedIn, reportFacts(cityAnalyst, BURST_YEAR, counties.handedIn));
        List<String> live = steadyFingerprint(cityAnalyst);

        Instant rebuilding = Instant.now();
        // the topics hold the events of every test before this one (thousands); a loaded runner replays 10-30 a second
        StackClient.Answer rebuilt = provinceAdmin.post(8084, "/api/v1/admin/read-model/rebuild", null, Map.of(),
                Duration.ofMinutes(10));
        assertEquals(200, rebuilt.status(), rebuilt.body().toString());
        log("(b) rebuild in %d ms: %s", Duration.between(rebuilding, Instant.now()).toMillis(), rebuilt.body());
        List<String> fromTopics = fingerprint(cityAnalyst);

        Set<String> onlyLive = new TreeSet<>(live);
        fromTopics.forEach(onlyLive::remove);
        Set<String> onlyRebuilt = new TreeSet<>(fromTopics);
        live.forEach(onlyRebuilt::remove);
        assertEquals(live, fromTopics, "the read model after kill -9 differs from a rebuild from the topics:\n only after the "
                + "crash: " + first(onlyLive, 20) + "\n only in the rebuild: " + first(onlyRebuilt, 20));
        log("(b) read model after kill -9 equals the rebuild (%d fingerprint lines); done in %d ms", live.size(),
                Duration.between(start, Instant.now()).toMillis());
    }

    /** Review cases of the year per submission id (of {@code ids}; all when null), every page of the city's queue. */
    static Map<String, Integer> reviewCases(StackClient reviewer, int fiscalYear, Set<String> ids) {
        Map<String, Integer> perSubmission = new HashMap<>();
        for (int page = 0; ; page++) {
            StackClient.Answer answer = reviewer.get(8083, "/api/v1/review-cases?fiscalYear=" + fiscalYear
                    + "&sort=openedAt&order=asc&size=200&page=" + page);
            assertEquals(200, answer.status(), answer.body().toString());
            for (JsonNode reviewCase : answer.body()) {
                count(perSubmission, reviewCase.get("submissionId").asText(), ids);
            }
            if (answer.body().size() < 200) {
                return perSubmission;
            }
        }
    }

    /** Submission facts of the year in report-service per submission id (of {@code ids}; all when null). */
    static Map<String, Integer> reportFacts(StackClient analyst, int fiscalYear, Set<String> ids) {
        StackClient.Answer answer = analyst.get(8084, "/api/v1/cube/facts?grain=submission&size=10000&cut=fiscal_year:"
                + fiscalYear);
        assertEquals(200, answer.status(), answer.body().toString());
        Map<String, Integer> perSubmission = new HashMap<>();
        for (JsonNode fact : answer.body().get("cells")) {
            count(perSubmission, fact.get("submission_id").asText(), ids);
        }
        return perSubmission;
    }

    private static void count(Map<String, Integer> perSubmission, String id, Set<String> ids) {
        if (ids == null || ids.contains(id)) {
            perSubmission.merge(id, 1, Integer::sum);
        }
    }

    /** Each handed-in submission exactly once: names what was lost and what came twice. */
    static void assertOnce(String where, Set<String> handedIn, Map<String, Integer> found) {
        Set<String> lost = new TreeSet<>(handedIn);
        lost.removeAll(found.keySet());
        Map<String, Integer> twice = new HashMap<>();
        found.forEach((id, times) -> {
            if (times > 1) {
                twice.put(id, times);
            }
        });
        int rows = found.values().stream().mapToInt(Integer::intValue).sum();
        log("%s: %d handed in, %d distinct, %d rows, %d lost, %d more than once", where, handedIn.size(), found.size(),
                rows, lost.size(), twice.size());
        assertTrue(lost.isEmpty() && twice.isEmpty() && rows == handedIn.size(), where + ": " + lost.size()
                + " lost " + first(lost, 10) + ", " + twice.size() + " more than once " + first(twice.entrySet(), 10)
                + ", " + rows + " rows for " + handedIn.size() + " submissions");
    }

    /**
     * What the read model answers, as sorted lines: the cube at submission grain (every measure by year, county, status,
     * grade), at finding and indicator grain, and every submission fact of the city.
     */
    static List<String> fingerprint(StackClient analyst) {
        List<String> lines = new ArrayList<>();
        for (String query : List.of(
                "aggregate?measures=submissions,projects,budget_total,budget_fiscal,budget_other,indicators,"
                        + "quantitative_share,findings,findings_error,findings_warning,findings_info,mean_quality_score,"
                        + "approved,returned,rejected,pending&drilldown=fiscal_year,region_county,status,grade&size=10000",
                "aggregate?measures=findings&drilldown=fiscal_year,region_county,rule_code,severity&size=10000",
                "aggregate?measures=indicators,projects&drilldown=fiscal_year,level1,level2,value_kind&size=10000",
                "facts?grain=submission&size=10000")) {
            StackClient.Answer answer = analyst.get(8084, "/api/v1/cube/" + query);
            assertEquals(200, answer.status(), query + ": " + answer.body());
            for (JsonNode cell : answer.body().get("cells")) {
                lines.add(query.substring(0, query.indexOf('&')) + " " + cell);
            }
        }
        lines.sort(null);
        return lines;
    }

    /** The fingerprint once two readings two seconds apart agree (the live consumers have caught up). */
    static List<String> steadyFingerprint(StackClient analyst) throws InterruptedException {
        List<String> last = fingerprint(analyst);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            List<String> now = fingerprint(analyst);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("report-service's read model did not settle within 2 minutes");
    }

    /** The services that do not answer ready now. */
    static List<String> notReady(StackClient any) {
        List<String> down = new ArrayList<>();
        LocalStack.SERVICES.forEach((service, port) -> {
            StackClient.Answer ready = any.get(port, "/q/health/ready");
            if (ready.status() != 200) {
                down.add(service + " " + ready.status() + " " + ready.body());
            }
        });
        return down;
    }

    static void until(String what, Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(1000);
        }
    }

    private static String first(java.util.Collection<?> items, int count) {
        return items.stream().limit(count).map(String::valueOf).toList() + (items.size() > count ? " …" : "");
    }

    static void log(String format, Object... arguments) {
        System.out.println("[crash-test] " + String.format(format, arguments));
    }
}
