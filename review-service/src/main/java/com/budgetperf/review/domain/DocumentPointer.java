package com.budgetperf.review.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON pointers a comment may be anchored at: the whole submission ({@code ""} or {@code "/"}), a part of the
 * department goals ({@code /overallGoal}, {@code /subGoals/1}, {@code /safeguards}, {@code /departmentIndicators/0}),
 * a project ({@code /projects/2}) or one of its indicators ({@code /projects/2/indicators/5}).
 */
public final class DocumentPointer {

    private static final Pattern SHAPE = Pattern.compile(
            "/?|/overallGoal|/safeguards|/subGoals/(\\d+)|/departmentIndicators/(\\d+)|/projects/(\\d+)(?:/indicators/(\\d+))?");

    private DocumentPointer() {
    }

    public static boolean isWellFormed(String pointer) {
        return pointer != null && SHAPE.matcher(pointer).matches();
    }

    /** The project index of a {@code /projects/N…} pointer, or -1. */
    public static int projectIndex(String pointer) {
        Matcher matcher = SHAPE.matcher(pointer == null ? "-" : pointer);
        return matcher.matches() && matcher.group(3) != null ? Integer.parseInt(matcher.group(3)) : -1;
    }

    /** The indicator index of a {@code /projects/N/indicators/M} pointer, or -1. */
    public static int indicatorIndex(String pointer) {
        Matcher matcher = SHAPE.matcher(pointer == null ? "-" : pointer);
        return matcher.matches() && matcher.group(4) != null ? Integer.parseInt(matcher.group(4)) : -1;
    }

    /** {@code "/"} and {@code ""} both mean the whole submission; stored as {@code ""}. */
    public static String normalise(String pointer) {
        return "/".equals(pointer) ? "" : pointer;
    }
}
