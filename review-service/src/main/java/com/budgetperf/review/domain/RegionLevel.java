package com.budgetperf.review.domain;

import java.util.Optional;

/** The level of an administrative division, and so of the finance bureau of that division. */
public enum RegionLevel implements Labelled {
    PROVINCE("省级"), CITY("市级"), COUNTY("县级");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    /** 县级, 市级, 省级: whose reviewers act at a stage of this level. */
    @Override
    public String label() {
        return label;
    }

    /** {@code 13}/{@code 130000} → PROVINCE, {@code 1306}/{@code 130600} → CITY, {@code 130607} → COUNTY; empty when malformed. */
    public static Optional<RegionLevel> of(String regionCode) {
        if (!RegionCodes.isWellFormed(regionCode)) {
            return Optional.empty();
        }
        return Optional.of(switch (RegionCodes.significant(regionCode).length()) {
            case 2 -> PROVINCE;
            case 4 -> CITY;
            default -> COUNTY;
        });
    }
}
