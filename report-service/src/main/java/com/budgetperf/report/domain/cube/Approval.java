package com.budgetperf.report.domain.cube;

import java.util.List;

/**
 * Which submissions a query counts by their review outcome: all, only finally approved ones, or those approved
 * at least up to a stage (COUNTY_FINANCE &lt; CITY_FINANCE).
 */
public record Approval(boolean finalOnly, List<String> stagesAtOrAbove) {

    public static final Approval ALL = new Approval(false, List.of());

    public static final List<String> STAGES = List.of("COUNTY_FINANCE", "CITY_FINANCE");

    /**
     * @param approvedOnly  {@code true} for finally approved submissions
     * @param approvedStage a stage name, or null
     */
    public static Approval of(String approvedOnly, String approvedStage) {
        boolean only = false;
        if (approvedOnly != null && !approvedOnly.isBlank()) {
            if (!approvedOnly.strip().equalsIgnoreCase("true") && !approvedOnly.strip().equalsIgnoreCase("false")) {
                throw new CubeQueryException("/approvedOnly", "approvedOnly 只能是 true 或 false");
            }
            only = approvedOnly.strip().equalsIgnoreCase("true");
        }
        List<String> stages = List.of();
        if (approvedStage != null && !approvedStage.isBlank()) {
            int at = STAGES.indexOf(approvedStage.strip());
            if (at < 0) {
                throw new CubeQueryException("/approvedStage",
                        "审核层级只能是 COUNTY_FINANCE（县级财政）或 CITY_FINANCE（市级财政）");
            }
            stages = STAGES.subList(at, STAGES.size());
        }
        return new Approval(only, stages);
    }
}
