package com.budgetperf.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends hostile requests to a running service and checks each answer: 2xx, or 4xx with an
 * {@code application/problem+json} body whose {@code status} is the HTTP status and that has a {@code code}, within
 * {@link #LIMIT}. A 5xx, any other error body or a slow answer is a failure, recorded with the input that caused it.
 */
public final class HostileRequests {

    public static final Duration LIMIT = Duration.ofSeconds(1);
    /** How often a slow answer that changed nothing is asked again before it counts as too slow. */
    static final int REPEATS_WHEN_SLOW = 2;

    /** One answer as received. */
    public record Answer(int status, String contentType, String body, Duration took) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final URI base;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int sent;
    private Duration slowest = Duration.ZERO;

    /** {@code base}: the service's root URL, e.g. {@code http://localhost:41234/}. */
    public HostileRequests(URI base) {
        this.base = base;
    }

    /**
     * Sends a request that changes nothing (a query, a dry run, a recommendation; {@link #sendWrite} for the others)
     * with {@code body} (may be null) and {@code contentType}, and checks the answer. An answer slower than
     * {@link #LIMIT} is sent again (at most {@link #REPEATS_WHEN_SLOW} times) and fails only if it stays slow, so
     * that a pause of the shared build machine is not taken for an input the service cannot cope with.
     */
    public Answer send(String token, String method, String path, String contentType, byte[] body, String what) {
        return send(token, method, path, contentType, body, what, false, true);
    }

    /**
     * A request of a browser page (the reviewers' workbench): besides 2xx, a redirect, or a 4xx as a Chinese HTML
     * page or problem+json; never a 5xx.
     */
    public Answer sendPage(String token, String method, String path, String contentType, byte[] body, String what) {
        return send(token, method, path, contentType, body, what, true, method.equals("GET"));
    }

    /** {@code readOnly}: a slow answer may be repeated whatever it was; otherwise only a refusal (which stored nothing). */
    private Answer send(String token, String method, String path, String contentType, byte[] body, String what,
            boolean page, boolean readOnly) {
        Answer answer = exchange(token, method, path, contentType, body, page);
        for (int again = 0; again < REPEATS_WHEN_SLOW && answer.status() > 0 && answer.took().compareTo(LIMIT) > 0
                && (readOnly || answer.status() >= 400); again++) {
            answer = exchange(token, method, path, contentType, body, page);
        }
        check(method + " " + path + " ← " + what, answer, page);
        return answer;
    }

    private Answer exchange(String token, String method, String path, String contentType, byte[] body, boolean page) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(escaped(path))).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", page ? "text/html" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(0, "", "no answer: " + e, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), took);
    }

    /** Percent-encodes what a URI may not hold literally (a hostile value may be anything); '%' escapes stay. */
    static String escaped(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** A JSON body of {@link HostileInputs.Input}. */
    public Answer send(String token, String method, String path, HostileInputs.Input input) {
        return send(token, method, path, input.contentType(), input.body(), input.describe());
    }

    /**
     * Like {@link #send(String, String, String, HostileInputs.Input)}, and a refused input must have stored nothing:
     * {@code storedRows} (e.g. {@link #rowCount}) is the same before and after every 4xx answer.
     */
    public Answer sendWrite(String token, String method, String path, HostileInputs.Input input, LongSupplier storedRows) {
        long before = storedRows.getAsLong();
        Answer answer = send(token, method, path, input.contentType(), input.body(), input.describe(), false, false);
        if (answer.status() >= 400) {
            long after = storedRows.getAsLong();
            if (after != before) {
                failures.add(method + " " + path + " ← " + input.describe() + " → " + answer.status()
                        + " but stored rows changed from " + before + " to " + after);
            }
        }
        return answer;
    }

    /** The number of rows in {@code tables} (one query), for {@link #sendWrite}. */
    public static long rowCount(DataSource dataSource, String... tables) {
        String sql = "select " + String.join(" + ", Arrays.stream(tables).map(t -> "(select count(*) from " + t + ")").toList());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(String what, Answer answer, boolean page) {
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.took().compareTo(slowest) > 0) {
            slowest = answer.took();
        }
        String problem = page && answer.status() >= 300 && answer.status() < 500
                && !answer.contentType().startsWith("application/problem+json")
                ? (answer.status() < 400 || answer.contentType().startsWith("text/html") ? null : "not an HTML page")
                : problem(answer);
        if (problem != null) {
            failures.add(what + " → " + answer.status() + " " + problem + " in " + answer.took().toMillis() + " ms: "
                    + (answer.body() == null ? "" : answer.body().substring(0, Math.min(400, answer.body().length()))));
        }
    }

    private String problem(Answer answer) {
        if (answer.took().compareTo(LIMIT) > 0) {
            return "too slow";
        }
        if (answer.ok()) {
            return null;
        }
        if (answer.status() < 400 || answer.status() >= 500) {
            return "not 2xx or 4xx";
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json (" + answer.contentType() + ")";
        }
        try {
            JsonNode body = mapper.readTree(answer.body());
            if (body.path("status").asInt() != answer.status() || !body.path("code").isTextual()
                    || !body.path("title").isTextual() || body.has("stack")) {
                return "problem without status, code or title";
            }
        } catch (IOException e) {
            return "problem body is not JSON";
        }
        return null;
    }

    public int sent() {
        return sent;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** Answers by status, e.g. {200=812, 400=1203, 422=2950}. */
    public Map<Integer, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    public Duration slowest() {
        return slowest;
    }

    /** For the assertion message: how many failures, and every one of them, shortened. */
    public String failureReport() {
        return failures.size() + " failures:\n" + String.join("\n",
                failures.stream().map(f -> f.length() > 600 ? f.substring(0, 300) + " … " + f.substring(f.length() - 300) : f)
                        .toList());
    }

    /** One line for the test log: how many, by status, the slowest. */
    public String summary(String suite) {
        return suite + ": " + sent + " hostile requests, answers by status " + new TreeMap<>(statuses) + ", slowest "
                + slowest.toMillis() + " ms, " + failures.size() + " failures";
    }
}
