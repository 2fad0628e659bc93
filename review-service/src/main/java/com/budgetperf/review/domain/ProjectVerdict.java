package com.budgetperf.review.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A reviewer's verdict on one project of a submission, besides the case's grade. */
public enum ProjectVerdict {

    PASS("通过"),
    REVISE("需修改"),
    REJECT("不予安排");

    private final String label;

    ProjectVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The codes, in order: PASS, REVISE, REJECT. */
    public static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

    /** A verdict by its code ({@code PASS}, case-insensitive) or its Chinese label ({@code 通过}). */
    public static Optional<ProjectVerdict> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(values())
                .filter(v -> v.name().equalsIgnoreCase(wanted) || v.label.equals(wanted))
                .findFirst();
    }

    /** REVISE and REJECT are told to the county when the case is returned or rejected. */
    public boolean toldToCounty() {
        return this != PASS;
    }

    /** The text of the comment a returned or rejected case carries for this verdict: {@code 需修改：note}. */
    public String commentText(String note) {
        return note == null || note.isBlank() ? label : label + "：" + note.strip();
    }

    /** The JSON pointer of project {@code index} in the submitted document. */
    public static String projectPointer(int index) {
        return "/projects/" + index;
    }
}
