package com.budgetperf.review.domain;

import java.util.Objects;

import com.budgetperf.platform.region.RegionLevel;

/** One stage of the workflow as configured in {@code workflow_stage}: who (which bureau level) reviews, in what order. */
public record StageDefinition(ReviewStage stage, int ordinal, String nameZh, RegionLevel reviewerLevel) {

    public StageDefinition {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reviewerLevel, "reviewerLevel");
    }
}
