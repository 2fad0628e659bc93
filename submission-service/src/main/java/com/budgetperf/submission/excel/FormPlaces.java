package com.budgetperf.submission.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import com.budgetperf.submission.domain.review.Finding;

/**
 * Where each part of a document sits in one workbook: JSON pointer ("/projects/2/indicators/5/value") → sheet and
 * cell ("项目3 …" / "E17"). Filled by the writer as it writes and by the reader as it reads an upload, so a
 * finding's path finds its cell in either. A pointer with no cell of its own falls back to its nearest parent that
 * has one ("/projects/2/disbursementPlan" → the 3月底 cell, "/projects/2" → the 项目名称 cell).
 */
public final class FormPlaces implements Finding.Locator {

    /** For documents that did not come from a workbook. */
    public static final FormPlaces NONE = new FormPlaces();

    private final Map<String, Finding.Location> places = new HashMap<>();

    void put(String pointer, String sheet, int row, int column) {
        places.put(pointer, new Finding.Location(sheet, new CellReference(row, column).formatAsString(false)));
    }

    void putAll(FormPlaces other) {
        places.putAll(other.places);
    }

    @Override
    public Finding.Location locate(String path) {
        if (path == null) {
            return null;
        }
        for (String pointer = path; !pointer.isEmpty(); pointer = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')))) {
            Finding.Location at = places.get(pointer);
            if (at != null) {
                return at;
            }
        }
        return places.get("");
    }

    int size() {
        return places.size();
    }
}
