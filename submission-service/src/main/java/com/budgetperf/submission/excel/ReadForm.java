package com.budgetperf.submission.excel;

import java.util.List;

import com.budgetperf.submission.domain.document.TargetDocument;

/**
 * What an uploaded form said: the header and document with the places (sheet and cell) of its parts, or the cells
 * that could not be understood.
 */
public record ReadForm(FormHeader header, TargetDocument document, List<CellProblem> problems, FormPlaces places) {

    public ReadForm {
        problems = problems == null ? List.of() : List.copyOf(problems);
        places = places == null ? FormPlaces.NONE : places;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** "部门整体!D2": where the region code was written, for a problem about it. */
    public String regionCell() {
        var at = places.locate("/regionCode");
        return at == null ? FormLayout.DEPARTMENT_SHEET + "!D2" : at.sheet() + "!" + at.cell();
    }

    static ReadForm failed(List<CellProblem> problems) {
        return new ReadForm(null, null, problems, null);
    }
}
