package com.budgetperf.submission.excel;

import java.util.List;

import com.budgetperf.submission.domain.document.TargetDocument;

/** What an uploaded form said: the header and document, or the cells that could not be understood. */
public record ReadForm(FormHeader header, TargetDocument document, List<CellProblem> problems) {

    public ReadForm {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static ReadForm failed(List<CellProblem> problems) {
        return new ReadForm(null, null, problems);
    }
}
