package com.budgetperf.report.projection;

import java.util.Arrays;
import java.util.Optional;

/** Level of a GB/T 2260 region code, read from its length: province 2 digits, city 4, county 6. */
public enum RegionLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** Empty for anything that is not 2, 4 or 6 digits. */
    public static Optional<RegionLevel> of(String regionCode) {
        if (regionCode == null || !regionCode.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(level -> level.codeLength == regionCode.length()).findFirst();
    }
}
