package com.budgetperf.submission.service;

import com.budgetperf.submission.repository.SubmissionEntity;

/** The entity tag of a submission: its current version and status, e.g. {@code "3-RETURNED"}. */
public final class SubmissionETag {

    private SubmissionETag() {
    }

    /** The quoted entity tag, as {@code ETag} and {@code If-Match} carry it. */
    public static String of(SubmissionEntity submission) {
        return "\"" + value(submission) + "\"";
    }

    /** The tag's value, for JAX-RS {@code Response.tag(String)}, which adds the quotes. */
    public static String value(SubmissionEntity submission) {
        return submission.currentVersion + "-" + submission.status.name();
    }

    /** {@code If-Match} may list several tags, weak or strong, or {@code *}. */
    public static boolean matches(String ifMatch, SubmissionEntity submission) {
        String current = of(submission);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(current) || candidate.equals("W/" + current)) {
                return true;
            }
        }
        return false;
    }
}
