package com.budgetperf.submission.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.budgetperf.submission.repository.ReviewNoteEntity;
import com.fasterxml.jackson.annotation.JsonRawValue;

/** A review decision as the county reads it, with the reviewers' comments anchored by JSON pointer. */
public record ReviewNoteView(int version, String status, String stage, String grade, String decidedBy,
        Instant decidedAt,
        @Schema(description = "审核意见，按 JSON 指针锚定到申报、项目或指标", type = SchemaType.ARRAY, implementation = Comment.class)
        @JsonRawValue String comments) {

    /** A reviewer's comment: where (JSON pointer into the document), what, and the return reason code if any. */
    public record Comment(String path, String text, String reason) {
    }

    static ReviewNoteView of(ReviewNoteEntity note) {
        return new ReviewNoteView(note.version, note.status, note.stage, note.grade, note.decidedBy, note.decidedAt,
                note.comments);
    }
}
