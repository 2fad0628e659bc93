package com.budgetperf.report.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How reviews go in a region and fiscal year, from the review events: per stage the decisions and the median days
 * from entering the stage to its decision; the stages waiting longer than the due days; returns by 退回原因; the
 * decisions of each reviewer.
 */
public record ReviewPanel(int dueDays, List<StageTimes> stages, List<Overdue> overdue, long overdueTotal,
        List<ReasonCount> returnReasons, List<ReviewerLoad> reviewers) {

    /** Stage label (县级财政, 市级财政) of a stage code; the code itself when unknown. */
    public static String stageLabel(String stage) {
        if (stage == null) {
            return "—";
        }
        return switch (stage) {
            case "COUNTY_FINANCE" -> "县级财政";
            case "CITY_FINANCE" -> "市级财政";
            default -> stage;
        };
    }

    /** {@code medianDays} null when nothing at that stage was decided yet. */
    public record StageTimes(String stage, long entered, long decided, long waiting, BigDecimal medianDays) {
    }

    /** A stage entered more than the due days ago and still undecided, for the version under review. */
    public record Overdue(String regionCode, String departmentCode, String departmentName, String stage,
            Instant enteredAt, BigDecimal daysWaiting) {
    }

    /** {@code reason} empty for returns whose comments name no reason. */
    public record ReasonCount(String reason, long returns) {
    }

    /** {@code reviewer} null when the events did not say who decided. */
    public record ReviewerLoad(String reviewer, long decided, long approved, long returned, long rejected,
            BigDecimal medianDays) {
    }
}
