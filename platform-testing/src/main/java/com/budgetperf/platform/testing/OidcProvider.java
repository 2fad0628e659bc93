package com.budgetperf.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.concurrent.Executors;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal OpenID provider for tests, shaped like a Keycloak realm: it serves the discovery document
 * and the JWKS of an RSA key made at start; {@link TestTokens} signs access tokens with that key. The
 * services verify the tokens exactly as they verify Keycloak's: signature against the JWKS, issuer,
 * expiry, roles from {@code realm_access.roles}, and the {@code region} claim.
 */
public final class OidcProvider {

    public static final String REALM = "budget";
    static final String KEY_ID = "test-key-1";

    private static OidcProvider instance;

    private final HttpServer server;
    private final KeyPair keys;
    private final String issuer;

    private OidcProvider(String host, int port) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        issuer = "http://" + host + ":" + server.getAddress().getPort() + "/realms/" + REALM;
        server.createContext("/realms/" + REALM + "/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/" + REALM + "/protocol/openid-connect/certs", this::jwks);
        server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "test-oidc-provider");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public static OidcProvider start() {
        return start("127.0.0.1", 0);
    }

    /** @param port 0 for any free port */
    public static synchronized OidcProvider start(String host, int port) {
        if (instance == null) {
            try {
                instance = new OidcProvider(host, port);
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException("test OIDC provider did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0), "test-oidc-stop"));
        }
        return instance;
    }

    /** The {@code quarkus.oidc.auth-server-url} and the tokens' {@code iss}. */
    public String issuer() {
        return issuer;
    }

    PrivateKey signingKey() {
        return keys.getPrivate();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String body = """
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth",
                 "token_endpoint":"%1$s/protocol/openid-connect/token",
                 "end_session_endpoint":"%1$s/protocol/openid-connect/logout",
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer);
        respond(exchange, body);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        try {
            RsaJsonWebKey key = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(keys.getPublic());
            key.setKeyId(KEY_ID);
            key.setAlgorithm("RS256");
            key.setUse("sig");
            respond(exchange, new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        } catch (org.jose4j.lang.JoseException e) {
            throw new IOException(e);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
