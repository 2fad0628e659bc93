package com.budgetperf.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.budgetperf.platform.region.RegionCode;
import com.budgetperf.platform.region.RegionLevel;

/**
 * The caller's {@code region} claim (docs/architecture.md) read as a {@link RegionCode}: a county system carries its county
 * ({@code 130607}), a city bureau its city ({@code 1306} or {@code 130600}), the province {@code 13} or
 * {@code 130000}. A caller sees and changes only data of the regions its region covers. A token without the
 * claim, or with one that names no region, covers nothing.
 */
@RequestScoped
public class CallerRegion {

    public static final String CLAIM = "region";

    private final JsonWebToken token;

    public CallerRegion(JsonWebToken token) {
        this.token = token;
    }

    public Optional<RegionCode> region() {
        Object claim = token.getClaim(CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        return RegionCode.parse(claim.toString().replace("\"", "").trim());
    }

    /** The caller's region as its prefix ({@code 13}, {@code 1306}, {@code 130607}), for display. */
    public Optional<String> code() {
        return region().map(RegionCode::prefix);
    }

    public boolean covers(String regionCode) {
        return region().map(region -> region.covers(regionCode)).orElse(false);
    }

    /**
     * The prefix to filter stored codes with ({@code region_code like :prefix || '%'}), see {@link RegionCode#prefix()}.
     *
     * @throws RegionNotCoveredException when the caller has no region
     */
    public String prefix() {
        return require().prefix();
    }

    /** @throws RegionNotCoveredException when the caller has no region */
    public RegionCode require() {
        return region().orElseThrow(() -> new RegionNotCoveredException(null));
    }

    /** @throws RegionNotCoveredException (403 problem+json) when {@code regionCode} is outside the caller's region */
    public void requireCovers(String regionCode) {
        if (!covers(regionCode)) {
            throw new RegionNotCoveredException(regionCode);
        }
    }

    public boolean isProvince() {
        return region().map(region -> region.level() == RegionLevel.PROVINCE)
                .orElse(false);
    }

    /**
     * The guard of operations only the province may perform (publishing frameworks, maintaining the indicator
     * library and rule sets, rebuilding read models).
     *
     * @param why what the province alone does, in Chinese ("指标库由省级指标库管理员维护")
     * @throws ProvinceOnlyException (403 problem+json {@code PROVINCE_ONLY}) for any other caller
     */
    public void requireProvince(String why) {
        if (!isProvince()) {
            throw new ProvinceOnlyException(why);
        }
    }
}
