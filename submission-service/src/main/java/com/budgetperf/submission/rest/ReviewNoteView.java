package com.budgetperf.submission.rest;

import java.time.Instant;

import com.budgetperf.submission.repository.ReviewNoteEntity;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** A review decision as the county reads it, with the reviewers' comments anchored by JSON pointer. */
public record ReviewNoteView(int version, String status, String stage, String grade, String decidedBy,
        Instant decidedAt, @JsonRawValue String comments) {

    static ReviewNoteView of(ReviewNoteEntity note) {
        return new ReviewNoteView(note.version, note.status, note.stage, note.grade, note.decidedBy, note.decidedAt,
                note.comments);
    }
}
