package com.budgetperf.review.domain;

import com.budgetperf.platform.region.RegionCode;

/**
 * The level of finance bureau (财政部门) that reviews a case. A department's targets are reviewed first by the
 * finance bureau of its own level: a county department by the county bureau, a city department by the city
 * bureau, a provincial department by the province.
 */
public enum ReviewStage {
    /** 县级财政审核 */
    COUNTY_FINANCE,
    /** 市级财政审核 */
    CITY_FINANCE,
    /** 省级财政审核 */
    PROVINCE_FINANCE;

    /**
     * The first stage for a department of {@code regionCode} (GB/T 2260): {@code 130607} is a county,
     * {@code 1306} or {@code 130600} a city, {@code 13} or {@code 130000} the province.
     *
     * @throws IllegalArgumentException when the code names no region ({@link RegionCode#of})
     */
    public static ReviewStage firstFor(String regionCode) {
        return switch (RegionCode.of(regionCode).level()) {
            case PROVINCE -> PROVINCE_FINANCE;
            case CITY -> CITY_FINANCE;
            case COUNTY -> COUNTY_FINANCE;
        };
    }
}
