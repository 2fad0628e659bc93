package com.budgetperf.platform.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signed RS256 access tokens shaped like Keycloak's for the platform realm: {@code preferred_username},
 * {@code realm_access.roles}, {@code azp}, the services' audiences and the {@code region} claim.
 * <pre>{@code String token = TestTokens.user("zhang.san").roles("submitter").region("130607").sign();}</pre>
 */
public final class TestTokens {

    private final String username;
    private final List<String> roles = new ArrayList<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String issuer;
    private List<String> audience = AUDIENCE;
    private float lifetimeMinutes = 10;

    private TestTokens(String username) {
        this.username = username;
    }

    /** What the realm's {@code budget-services} client scope puts in {@code aud}: each service checks its own name. */
    public static final List<String> AUDIENCE = List.of("catalog-service", "submission-service", "review-service",
            "report-service", "account");

    public static TestTokens user(String username) {
        return new TestTokens(username);
    }

    public TestTokens roles(String... names) {
        roles.addAll(List.of(names));
        return this;
    }

    public TestTokens region(String regionCode) {
        return claim("region", regionCode);
    }

    public TestTokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** Signs with the test provider's key but claims another issuer: the services must refuse it. */
    public TestTokens issuer(String otherIssuer) {
        this.issuer = otherIssuer;
        return this;
    }

    /** A token meant for other audiences only: the services must refuse it. */
    public TestTokens audience(String... audiences) {
        this.audience = List.of(audiences);
        return this;
    }

    /** A token that expired {@code minutes} ago when negative. */
    public TestTokens lifetimeMinutes(float minutes) {
        this.lifetimeMinutes = minutes;
        return this;
    }

    public String sign() {
        OidcProvider provider = OidcProvider.start();
        JwtClaims jwt = new JwtClaims();
        jwt.setIssuer(issuer != null ? issuer : provider.issuer());
        jwt.setSubject("user-" + username);
        jwt.setAudience(audience);
        jwt.setGeneratedJwtId();
        jwt.setIssuedAtToNow();
        jwt.setExpirationTimeMinutesInTheFuture(lifetimeMinutes);
        jwt.setClaim("typ", "Bearer");
        jwt.setClaim("azp", "test-client");
        jwt.setClaim("preferred_username", username);
        jwt.setClaim("realm_access", Map.of("roles", roles));
        claims.forEach(jwt::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setKey(provider.signingKey());
        jws.setKeyIdHeaderValue(OidcProvider.KEY_ID);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
