package com.budgetperf.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.budgetperf.platform.testing.FixedPortKafka;
import com.budgetperf.platform.testing.OidcProvider;
import com.budgetperf.platform.testing.SharedPostgres;

/**
 * Issue 14's start-time and memory harness (a benchmark, not a test): each packaged service started alone, as a
 * production process would start, against embedded PostgreSQL, a Kafka broker and a token-signing OIDC provider on
 * ports of their own (so it runs beside the local stack and the test builds). For every service and JVM setting it
 * prints the time from process start to the first {@code 200} of {@code /q/health/ready} (first start: empty
 * database, Flyway migrates; second start: migrated), the CPU time the process used until then, Quarkus' own
 * "started in", and the resident set size after 15 idle seconds. With {@code -Dstack=true} it also times {@link LocalStack#start()} (Keycloak included, fixed
 * ports 5432/9092/8180/8081-8084, which must be free). The load average is printed beside the figures because
 * this machine is shared: a loaded machine gives upper bounds. Run with {@code deploy/local/measure-start.sh};
 * {@code -Dservices=review-service,report-service} and {@code -Dsettings=lean} narrow the run.
 * <p>
 * AppCDS: when the package step left a class-data archive beside the jar ({@code quarkus-app/app-cds.jsa}, built by
 * {@code -Dquarkus.package.jar.appcds.enabled=true}), each start uses it ({@code -XX:SharedArchiveFile}).
 * {@code -Dappcds=both} also starts every service without it, right after, to compare on the same machine state;
 * {@code -Dappcds=off} never uses it.
 */
public final class StartupMeasurement {

    /** The JVM settings compared; the first is what the README recommends for production. */
    static final Map<String, List<String>> SETTINGS = Map.of(
            "lean", List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m",
                    "-XX:MaxMetaspaceSize=160m", "-Xss512k", "-XX:TieredStopAtLevel=1"),
            "default", List.of("-Xmx512m"));

    static final int POSTGRES_PORT = 25432;
    static final int KAFKA_PORT = 29092;
    static final int OIDC_PORT = 28180;
    static final int SERVICE_PORT = 28080;
    static final Pattern STARTED_IN = Pattern.compile("started in (\\d+\\.\\d+)s");

    record Run(String service, String setting, boolean appCds, String start, long readyMillis, long cpuMillis,
            String quarkusSeconds, long rssKiB) {
    }

    private StartupMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        Path work = root.resolve("deploy/local/target/startup");
        Files.createDirectories(work.resolve("logs"));
        List<Run> runs = new ArrayList<>();
        SharedPostgres.start(POSTGRES_PORT, work.resolve("postgres"));
        FixedPortKafka kafka = FixedPortKafka.start(KAFKA_PORT, work.resolve("kafka"));
        OidcProvider oidc = OidcProvider.start("localhost", OIDC_PORT);
        try {
            List<String> settings = List.of(System.getProperty("settings", "lean,default").split(","));
            List<String> services = List.of(System.getProperty("services", String.join(",", LocalStack.SERVICES.keySet()))
                    .split(","));
            for (String setting : settings) {
                for (String service : services) {
                    String database = service.replace("-service", "") + "_" + setting;
                    SharedPostgres.database(database, "budget");
                    List<Boolean> appCds = appCdsChoices(root, service);
                    // the empty database is migrated once; the migrated one is started with each AppCDS choice
                    runs.add(measure(root, work, service, setting, appCds.get(0), "first", database,
                            kafka.bootstrapServers(), oidc.issuer()));
                    for (boolean withArchive : appCds) {
                        runs.add(measure(root, work, service, setting, withArchive, "second", database,
                                kafka.bootstrapServers(), oidc.issuer()));
                    }
                }
            }
        } finally {
            kafka.stop();
            SharedPostgres.stop();
        }
        Long stackMillis = Boolean.getBoolean("stack") ? measureStack(root) : null;
        print(runs, stackMillis);
        System.exit(0); // the OIDC provider's HTTP server thread would keep the JVM alive
    }

    /** With and/or without the service's AppCDS archive ({@code -Dappcds=on|off|both}; on: when there is one). */
    static List<Boolean> appCdsChoices(Path root, String service) {
        boolean archived = Files.exists(appCdsArchive(root, service));
        return switch (System.getProperty("appcds", "on")) {
            case "off" -> List.of(false);
            case "both" -> archived ? List.of(true, false) : List.of(false);
            default -> List.of(archived);
        };
    }

    static Path appCdsArchive(Path root, String service) {
        return root.resolve(service).resolve("target/quarkus-app/app-cds.jsa");
    }

    static Run measure(Path root, Path work, String service, String setting, boolean appCds, String start,
            String database, String kafka, String oidcIssuer) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SETTINGS.get(setting));
        if (appCds) {
            // -Xshare:auto (the default): a stale or mismatched archive is ignored with a warning in the log
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        // from its own directory, as the archive recorded the class path (relative to it)
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.put("DB_PORT", String.valueOf(POSTGRES_PORT));
        environment.put("DB_NAME", database);
        environment.put("DB_USER", "budget");
        environment.put("DB_PASSWORD", "budget");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        environment.put("OIDC_URL", oidcIssuer);
        environment.put("OIDC_CLIENT_SECRET", "startup-measurement");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(SERVICE_PORT));
        environment.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        Path log = work.resolve("logs").resolve(service + "-" + setting + (appCds ? "-appcds-" : "-") + start + ".log");
        builder.directory(appCdsArchive(root, service).getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long begin = System.nanoTime();
        Process process = builder.start();
        Thread stopService = new Thread(process::destroyForcibly, "stop-" + service);
        Runtime.getRuntime().addShutdownHook(stopService); // the harness interrupted: the service goes too
        try {
            LocalStack.awaitReady("http://localhost:" + SERVICE_PORT + "/q/health/ready", Duration.ofMinutes(3),
                    Duration.ofMillis(50));
            long readyMillis = (System.nanoTime() - begin) / 1_000_000;
            long cpuMillis = cpuMillis(process.pid());
            Thread.sleep(15_000);
            long rss = residentKiB(process.pid());
            String output = Files.readString(log);
            if (appCds && output.contains("[warning][cds")) {
                System.out.println("[startup] " + service + ": the JVM did not use the AppCDS archive, see " + log);
            }
            Matcher started = STARTED_IN.matcher(output);
            Run run = new Run(service, setting, appCds, start, readyMillis, cpuMillis,
                    started.find() ? started.group(1) : "?", rss);
            System.out.printf("[startup] %-18s %-7s %-9s %-6s ready %6d ms, CPU %6d ms (Quarkus: %ss), idle RSS %4d MB, "
                    + "load %s%n", service, setting, appCds ? "AppCDS" : "no AppCDS", start, readyMillis, cpuMillis,
                    run.quarkusSeconds(), rss / 1024, loadAverage());
            return run;
        } finally {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Runtime.getRuntime().removeShutdownHook(stopService);
        }
    }

    /**
     * CPU time (user + system, all threads) the process used so far: what the start costs whatever the load, where
     * the wall-clock time to ready also counts the waits for a core on a shared machine.
     */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    static long residentKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    static long measureStack(Path root) throws Exception {
        long begin = System.nanoTime();
        try (LocalStack stack = new LocalStack(root, root.resolve("deploy/local/target/keycloak-26.7.3"))) {
            stack.start();
            return (System.nanoTime() - begin) / 1_000_000;
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
        } catch (IOException unreadable) {
            return "?";
        }
    }

    static void print(List<Run> runs, Long stackMillis) {
        System.out.printf("%n== start time and idle RSS, %s, %d cores, load average %s ==%n",
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.out.println("| service | JVM setting | AppCDS | start | ready (process start → /q/health/ready) | CPU "
                + "time until ready | Quarkus \"started in\" | idle RSS | goal |");
        System.out.println("|---|---|---|---|---:|---:|---:|---:|---|");
        for (Run run : runs) {
            System.out.printf("| %s | %s | %s | %s | %,d ms | %,d ms | %s s | %d MB | ≤ 3 s, ≤ 250 MB: %s |%n",
                    run.service(), run.setting(), run.appCds() ? "yes" : "no", run.start(), run.readyMillis(),
                    run.cpuMillis(), run.quarkusSeconds(), run.rssKiB() / 1024,
                    run.readyMillis() <= 3000 && run.rssKiB() <= 250 * 1024 ? "met" : "missed");
        }
        System.out.println("JVM settings: " + SETTINGS);
        if (stackMillis != null) {
            System.out.printf("local stack (PostgreSQL, Kafka, Keycloak, four services) ready in %,d ms (goal ≤ 90 s: %s)%n",
                    stackMillis, stackMillis <= 90_000 ? "met" : "missed");
        }
    }
}
