package com.budgetperf.review.domain;

/**
 * The level of finance bureau (财政部门) that reviews a case. A department's targets are reviewed first by the
 * finance bureau of its own level: a county department by the county bureau, a city department by the city
 * bureau. The platform takes no submissions of provincial departments, so there is no provincial stage.
 */
public enum ReviewStage {
    /** 县级财政审核 */
    COUNTY_FINANCE,
    /** 市级财政审核 */
    CITY_FINANCE;

    /**
     * The first stage for a department of {@code regionCode} (GB/T 2260): {@code 130607} is a county,
     * {@code 1306} or {@code 130600} a city.
     *
     * @throws IllegalArgumentException when the code is not 2, 4 or 6 digits, or is the province's own
     */
    public static ReviewStage firstFor(String regionCode) {
        if (!RegionCodes.isWellFormed(regionCode)) {
            throw new IllegalArgumentException("行政区划代码应为 2、4 或 6 位数字：" + regionCode);
        }
        String significant = RegionCodes.significant(regionCode);
        return switch (significant.length()) {
            case 2 -> throw new IllegalArgumentException("省本级部门的申报不在本平台审核：" + regionCode);
            case 4 -> CITY_FINANCE;
            default -> COUNTY_FINANCE;
        };
    }
}
