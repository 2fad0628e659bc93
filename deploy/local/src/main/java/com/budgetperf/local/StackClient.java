package com.budgetperf.local;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to the running stack as its users do: tokens from Keycloak, JSON over HTTP. */
public final class StackClient {

    public record Answer(int status, JsonNode body, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    private StackClient(String token) {
        this.token = token;
    }

    /** A county finance system: OAuth2 client credentials of its confidential client. */
    public static StackClient countySystem(String clientId, String secret) {
        return new StackClient(token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)));
    }

    /** A person of the demo realm (resource-owner password grant of the test client, demo and tests only). */
    public static StackClient person(String username, String password) {
        return new StackClient(token(Map.of("grant_type", "password", "client_id", "budget-tests", "username", username,
                "password", password)));
    }

    static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(LocalStack.REALM_URL + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (!answer.has("access_token")) {
                throw new IllegalStateException("no token for " + form.get("client_id") + ": " + response.body());
            }
            return answer.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(int port, String path) {
        return send(HttpRequest.newBuilder(uri(port, path)).GET().timeout(Duration.ofSeconds(60)), Map.of());
    }

    public Answer post(int port, String path, String json) {
        return post(port, path, json, Map.of());
    }

    public Answer post(int port, String path, String json, Map<String, String> headers) {
        return post(port, path, json, headers, Duration.ofSeconds(60));
    }

    /** A POST that may take longer than a minute (a read-model rebuild). */
    public Answer post(int port, String path, String json, Map<String, String> headers, Duration timeout) {
        return send(HttpRequest.newBuilder(uri(port, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).timeout(timeout), headers);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built,
                    HttpResponse.BodyHandlers.ofString());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(), values.get(0)));
            String body = response.body();
            JsonNode parsed = body == null || body.isBlank() ? JSON.nullNode() : parse(body);
            return new Answer(response.statusCode(), parsed, responseHeaders);
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
