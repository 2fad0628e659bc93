package com.budgetperf.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's {@code region} claim (docs/architecture.md §4): a GB/T 2260 code prefix. A county system carries its
 * six-digit county, a city bureau four digits, the province two. A caller sees and changes only data
 * whose {@code regionCode} starts with it. A token without the claim covers nothing.
 */
@RequestScoped
public class CallerRegion {

    public static final String CLAIM = "region";

    private final JsonWebToken token;

    public CallerRegion(JsonWebToken token) {
        this.token = token;
    }

    public Optional<String> code() {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String region = claim.toString().replace("\"", "").trim();
        return region.matches("\\d{2}(\\d{2}){0,2}") ? Optional.of(region) : Optional.empty();
    }

    public boolean covers(String regionCode) {
        return regionCode != null && code().map(regionCode::startsWith).orElse(false);
    }

    /** The prefix to filter queries with ({@code region_code like :prefix || '%'}); throws when the caller has none. */
    public String prefix() {
        return code().orElseThrow(() -> new RegionNotCoveredException(null));
    }

    /** @throws RegionNotCoveredException (403 problem+json) when {@code regionCode} is outside the caller's region */
    public void requireCovers(String regionCode) {
        if (!covers(regionCode)) {
            throw new RegionNotCoveredException(regionCode);
        }
    }

    public boolean isProvince() {
        return code().map(code -> code.length() == 2).orElse(false);
    }
}
