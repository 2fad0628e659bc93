package com.budgetperf.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.budgetperf.platform.testing.FixedPortKafka;
import com.budgetperf.platform.testing.SharedPostgres;

/**
 * The whole suite on one machine, with nothing installed by hand: embedded PostgreSQL 17 (5432), a Kafka 4 KRaft
 * broker (9092), Keycloak 26 from the {@code keycloak-quarkus-dist} zip with the platform realm (8180), and the
 * four packaged services as separate processes (8081-8084). Everything it starts stops with it (Ctrl-C or
 * {@link #close()}); logs go to {@code deploy/local/target/logs/}.
 */
public final class LocalStack implements AutoCloseable {

    public static final String REALM_URL = "http://localhost:8180/realms/budget";
    public static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("catalog-service", 8081);
        SERVICES.put("submission-service", 8082);
        SERVICES.put("review-service", 8083);
        SERVICES.put("report-service", 8084);
    }

    private final Path root;
    private final Path keycloakHome;
    private final Path work;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Process> services = new LinkedHashMap<>();
    private FixedPortKafka kafka;

    public LocalStack(Path root, Path keycloakHome) {
        this.root = root;
        this.keycloakHome = keycloakHome;
        this.work = root.resolve("deploy/local/target");
    }

    public static LocalStack fromSystemProperties() {
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        String keycloak = System.getProperty("keycloak.home");
        return new LocalStack(root, keycloak == null ? root.resolve("deploy/local/target/keycloak-26.7.3")
                : Path.of(keycloak));
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = fromSystemProperties();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        stack.start();
        DemoData.load(stack);
        stack.printWelcome();
        Thread.currentThread().join();
    }

    public void start() throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("logs"));
        for (String service : SERVICES.keySet()) {
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run ./mvnw -B package -DskipTests first");
            }
        }
        long started = System.nanoTime();
        log("PostgreSQL 17 on 5432 …");
        SharedPostgres.start(5432, work.resolve("postgres"));
        for (String database : List.of("catalog", "submission", "review", "report")) {
            SharedPostgres.database(database, "budget");
        }
        log("Kafka on 9092 …");
        kafka = FixedPortKafka.start(9092, work.resolve("kafka"));
        log("Keycloak on 8180 (realm budget) …");
        startKeycloak();
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            startService(service.getKey(), ProcessBuilder.Redirect.to(work.resolve("logs/" + service.getKey() + ".log")
                    .toFile()));
        }
        // the first start-dev of an unpacked distribution re-augments Keycloak: minutes on a loaded 2-core runner
        awaitReady(REALM_URL + "/.well-known/openid-configuration", Duration.ofMinutes(8));
        log(String.format(java.util.Locale.ROOT, "Keycloak ready %.1f s after the stack started",
                (System.nanoTime() - started) / 1e9));
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            awaitReady("http://localhost:" + service.getValue() + "/q/health/ready", Duration.ofMinutes(3));
            log(String.format(java.util.Locale.ROOT, "%s ready on %d, %.1f s after the stack started", service.getKey(),
                    service.getValue(), (System.nanoTime() - started) / 1e9));
        }
    }

    private void startKeycloak() throws IOException {
        Path imports = keycloakHome.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(root.resolve("deploy/local/keycloak/budget-realm.json"), imports.resolve("budget-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(keycloakHome.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=8180", "--import-realm", "--health-enabled=true");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        processes.add(builder.redirectErrorStream(true).redirectOutput(work.resolve("logs/keycloak.log").toFile()).start());
    }

    private void startService(String service, ProcessBuilder.Redirect log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString());
        builder.environment().put("DB_USER", "budget");
        builder.environment().put("DB_PASSWORD", "budget");
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        builder.environment().put("OIDC_URL", REALM_URL);
        builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // the demo realm's secrets of the UI clients (deploy/local/keycloak); production passes its own
        builder.environment().put("OIDC_CLIENT_SECRET", service + "-secret");
        // a county system tried out on this machine receives its webhooks on this machine (integration guide, step 6);
        // production refuses loopback and private addresses
        builder.environment().put("SUBMISSION_WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true");
        builder.directory(root.resolve(service).toFile());
        Process process = builder.redirectErrorStream(true).redirectOutput(log).start();
        processes.add(process);
        services.put(service, process);
    }

    /** The crash tests' {@code kill -9}: the service's JVM ends at once, nothing of it runs its shutdown. */
    public void kill(String service) throws InterruptedException {
        Process process = services.get(service);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(service + " is not running");
        }
        process.toHandle().destroyForcibly();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException(service + " survived kill -9");
        }
        processes.remove(process);
        services.remove(service);
        log(service + " killed (kill -9), exit " + process.exitValue());
    }

    /** Starts a killed service again (same jar, configuration and log file) and waits until it is ready. */
    public void restart(String service) throws IOException, InterruptedException {
        if (services.containsKey(service)) {
            throw new IllegalStateException(service + " is running");
        }
        startService(service, ProcessBuilder.Redirect.appendTo(work.resolve("logs/" + service + ".log").toFile()));
        awaitReady("http://localhost:" + SERVICES.get(service) + "/q/health/ready", Duration.ofMinutes(3));
        log(service + " ready again on " + SERVICES.get(service));
    }

    /** Takes the broker down (the services' clients see connection refused); {@link #startBroker()} brings it back. */
    public void stopBroker() {
        kafka.stop();
        log("Kafka stopped");
    }

    /** The broker back on 9092 with the same log directory: topics, records and consumer offsets are kept. */
    public void startBroker() {
        kafka.restart();
        log("Kafka started again on 9092");
    }

    static void awaitReady(String url, Duration timeout) throws InterruptedException {
        awaitReady(url, timeout, Duration.ofSeconds(1));
    }

    static void awaitReady(String url, Duration timeout, Duration poll) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(poll.toMillis());
        }
        throw new IllegalStateException(url + " not ready within " + timeout);
    }

    void printWelcome() {
        System.out.printf("""

                ======== 预算绩效目标平台 · 本地环境已启动 (Ctrl-C 停止全部) ========
                  县区填报 (county clerks' UI) http://localhost:8082/ui/submissions  (mancheng.clerk)
                  审核工作台 (reviewers' UI)   http://localhost:8083/ui/cases        (mancheng.reviewer, baoding.reviewer)
                  城市报表 (city report page)   http://localhost:8084/reports/city   (baoding.analyst)
                  Swagger UI                   catalog :8081  submission :8082  review :8083  report :8084  (/q/swagger-ui)
                  Keycloak                     http://localhost:8180/admin  (admin / admin)

                  演示账号 (password demo):  mancheng.clerk (满城区填报员 130607) · mancheng.reviewer (满城区审核员 130607)
                                             baoding.reviewer (保定市审核员 1306) · baoding.analyst (保定市分析员 1306)
                                             hebei.catalog (省指标库管理员 13) · hebei.admin (省平台管理员 13)
                  演示县区系统 (client credentials): county-130607 / county-130607-secret · county-130606 / county-130606-secret
                  日志 (logs): %s
                """, work.resolve("logs"));
    }

    @Override
    public void close() {
        List<ProcessHandle> started = new ArrayList<>();
        for (Process process : processes) {
            process.descendants().forEach(started::add); // kc.sh runs Keycloak as a child
            started.add(process.toHandle());
        }
        started.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : started) {
            try {
                process.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception notStopped) {
                process.destroyForcibly();
            }
        }
        processes.clear();
        services.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        SharedPostgres.stop();
    }

    static void log(String message) {
        System.out.println("[local-stack] " + message);
    }

    public Path root() {
        return root;
    }
}
