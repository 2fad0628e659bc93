package com.budgetperf.report.projection;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The review state of one submission version after a review event (pure): opened or stage entered → IN_REVIEW,
 * returned → RETURNED, rejected → REJECTED, approved → APPROVED when final, otherwise still IN_REVIEW with the
 * stage recorded as approved. A return or rejection withdraws earlier stage approvals of that version.
 */
public record ReviewOutcome(UUID submissionId, int submissionVersion, String status, String stage,
        String approvedStage, boolean finalApproved, String grade, Instant decidedAt) {

    /** Review stages from the lowest to the highest. */
    public static final List<String> STAGES = List.of("COUNTY_FINANCE", "CITY_FINANCE");

    /** 88号 grades. */
    public static final List<String> GRADES = List.of("优", "良", "中", "差");

    public enum Kind {
        OPENED, STAGE_ENTERED, RETURNED, APPROVED, REJECTED
    }

    /**
     * @param previous the state held so far for the same submission version, or null
     */
    public static ReviewOutcome after(ReviewOutcome previous, Kind kind, UUID submissionId, int submissionVersion,
            String stage, String grade, boolean finalApproval, Instant at) {
        String approvedStage = previous == null ? null : previous.approvedStage();
        boolean finalApproved = previous != null && previous.finalApproved();
        String keptGrade = previous == null ? null : previous.grade();
        String normalisedStage = stage == null ? null : stage.toUpperCase(Locale.ROOT);
        String newGrade = grade != null && GRADES.contains(grade.strip()) ? grade.strip() : keptGrade;
        return switch (kind) {
            case OPENED, STAGE_ENTERED -> new ReviewOutcome(submissionId, submissionVersion,
                    finalApproved ? "APPROVED" : "IN_REVIEW", normalisedStage, approvedStage, finalApproved, keptGrade, at);
            case RETURNED -> new ReviewOutcome(submissionId, submissionVersion, "RETURNED", normalisedStage, null, false,
                    newGrade, at);
            case REJECTED -> new ReviewOutcome(submissionId, submissionVersion, "REJECTED", normalisedStage, null, false,
                    newGrade, at);
            case APPROVED -> new ReviewOutcome(submissionId, submissionVersion, finalApproval ? "APPROVED" : "IN_REVIEW",
                    normalisedStage, higher(approvedStage, normalisedStage), finalApproval || finalApproved, newGrade, at);
        };
    }

    private static String higher(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return STAGES.indexOf(b) >= STAGES.indexOf(a) ? b : a;
    }
}
