package com.budgetperf.platform.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real infrastructure for a service's {@code @QuarkusTest}s, without Docker: PostgreSQL (the service's own
 * database, named by the {@code database} argument), a Kafka broker and an OIDC provider. Each is started
 * once per test JVM and stopped when it ends.
 * <pre>{@code @QuarkusTestResource(value = PlatformTestResources.class,
 *         initArgs = @ResourceArg(name = "database", value = "catalog"))}</pre>
 */
public class PlatformTestResources implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", SharedPostgres.database(database));
        config.put("quarkus.datasource.username", SharedPostgres.USER);
        config.put("quarkus.datasource.password", SharedPostgres.PASSWORD);
        // a service whose migrations run as another role than the application (review-service) migrates as the
        // superuser too; its grants are tested by connecting as the application role
        config.put("quarkus.flyway.username", SharedPostgres.USER);
        config.put("quarkus.flyway.password", SharedPostgres.PASSWORD);
        config.put("kafka.bootstrap.servers", SharedKafka.start());
        config.put("quarkus.oidc.auth-server-url", OidcProvider.start().issuer());
        return config;
    }

    @Override
    public void stop() {
        // Shared for the whole test JVM: stopped by shutdown hooks, so a second Quarkus start
        // (another test profile) reuses the same servers and data.
    }
}
