package com.budgetperf.platform.security;

/** The caller asked for data of a region its token's {@code region} claim does not cover. */
public class RegionNotCoveredException extends RuntimeException {

    private final String regionCode;

    public RegionNotCoveredException(String regionCode) {
        super(regionCode == null ? "token carries no region claim" : "region " + regionCode + " not covered");
        this.regionCode = regionCode;
    }

    public String regionCode() {
        return regionCode;
    }
}
