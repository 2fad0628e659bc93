package com.budgetperf.submission.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import com.budgetperf.submission.domain.document.Project;
import com.budgetperf.submission.domain.document.TargetDocument;
import com.budgetperf.submission.domain.review.Frameworks;
import com.budgetperf.submission.domain.review.LevelFramework;
import com.budgetperf.submission.domain.review.MachineReview;
import com.budgetperf.submission.domain.review.ReviewResult;
import com.budgetperf.submission.domain.review.RuleSet;
import com.budgetperf.submission.domain.review.StandardRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JMH: the machine pre-review's CPU cost, value parser and every rule of {@link StandardRules} (scoring included),
 * over the four real demo submissions (the seed tables, {@code deploy/local/demo/*.json}), on one thread, so the
 * figure is per core. Prints indicator rows reviewed per second of wall-clock time (JMH's score) and per second of
 * the benchmark thread's own CPU time over the measured iterations: on a shared machine the wall clock counts the time
 * other processes held the core, the CPU time does not, so the second is the per-core figure to compare between runs.
 * Not a test and not run by {@code ./mvnw verify} (the {@code *Benchmark} name is outside Surefire's includes); JMH
 * runs inside the Surefire JVM (no fork):
 * <pre>./mvnw -B -o -q -pl submission-service -am test -Dtest=MachineReviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MachineReviewBenchmark {

    static final Path DEMO = Path.of(System.getProperty("user.dir")).resolveSibling("deploy").resolve("local/demo");

    record Seed(TargetDocument document, int fiscalYear, LevelFramework framework) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final MachineReview review = new MachineReview(StandardRules.all());
    private List<Seed> seeds;
    /** Operations and CPU time of the benchmark thread over the measured iterations (static: JMH makes the state). */
    private static long measuredOperations;
    private static long measuredCpuNanos;
    private long operations;
    private long cpuAtStart;

    @Setup(Level.Trial)
    public void readSeeds() throws IOException {
        seeds = seeds();
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        operations = 0;
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration(IterationParams iteration) {
        if (iteration.getType() == IterationType.MEASUREMENT) {
            measuredCpuNanos += THREADS.getCurrentThreadCpuTime() - cpuAtStart;
            measuredOperations += operations;
        }
    }

    static List<Seed> seeds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEMO)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode request = json.readTree(file.toFile());
                int year = request.get("fiscalYear").asInt();
                // as the catalog assigns them: 2019-2021 follow the 2018 form
                seeds.add(new Seed(json.treeToValue(request.get("document"), TargetDocument.class), year,
                        year <= 2021 ? Frameworks.older() : Frameworks.current()));
            }
        }
        return seeds;
    }

    static int rows(List<Seed> seeds) {
        return seeds.stream().mapToInt(seed -> seed.document().departmentIndicators().size()
                + seed.document().projects().stream().map(Project::indicators).mapToInt(List::size).sum()).sum();
    }

    /** One operation: the four demo submissions reviewed once each. */
    @Benchmark
    public int reviewTheSeeds() {
        int findings = 0;
        for (Seed seed : seeds) {
            ReviewResult result = review.review(seed.document(), seed.fiscalYear(), RuleSet.builtIn(), seed.framework());
            findings += result.findings().size();
        }
        operations++;
        return findings;
    }

    @Test
    void indicatorRowsPerSecondPerCore() throws Exception {
        int rows = rows(seeds());
        OptionsBuilder options = new OptionsBuilder();
        if (Boolean.getBoolean("bench.profile")) {
            options.addProfiler(org.openjdk.jmh.profile.StackProfiler.class, "lines=4;top=12;detailLine=true");
        }
        RunResult result = new Runner(options
                .include(MachineReviewBenchmark.class.getName() + ".reviewTheSeeds")
                .forks(0).threads(1)
                .warmupIterations(Integer.getInteger("bench.warmups", 10)).warmupTime(TimeValue.seconds(2))
                .measurementIterations(Integer.getInteger("bench.iterations", 10)).measurementTime(TimeValue.seconds(2))
                .build()).runSingle();
        double perSecond = result.getPrimaryResult().getScore();
        double error = result.getPrimaryResult().getScoreError();
        System.out.printf("%nBENCHMARK machine review (parser + %d rules + scoring) over the %d demo submissions "
                + "(%d indicator rows), 1 thread%n", StandardRules.all().size(), seeds().size(), rows);
        System.out.printf("BENCHMARK wall clock: %.1f ± %.1f reviews of the four/s = %,.0f indicator rows/s%n", perSecond,
                error, perSecond * rows);
        double perCpuSecond = measuredOperations / (measuredCpuNanos / 1e9);
        System.out.printf("BENCHMARK thread CPU time: %.1f reviews of the four per CPU second = %,.0f indicator rows/s "
                + "per core (%,d reviews in %.1f CPU s)%n", perCpuSecond, perCpuSecond * rows, measuredOperations,
                measuredCpuNanos / 1e9);
        System.out.printf("BENCHMARK load average %.2f%n%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
        assertTrue(perSecond > 0);
        assertTrue(measuredOperations > 0);
    }
}
