package com.budgetperf.review.domain;

import com.budgetperf.platform.region.RegionCode;

/**
 * The level of finance bureau (财政部门) that reviews a case. A department's targets are reviewed first by the
 * finance bureau of its own level: a county department by the county bureau, a city department by the city
 * bureau. The platform takes no submissions of provincial departments, so there is no provincial stage.
 */
public enum ReviewStage implements Labelled {
    COUNTY_FINANCE("县级财政"),
    CITY_FINANCE("市级财政");

    private final String label;

    ReviewStage(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
