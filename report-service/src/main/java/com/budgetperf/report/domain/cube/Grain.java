package com.budgetperf.report.domain.cube;

/** The fact table a query reads: one row per submission, per indicator or per machine-review finding. */
public enum Grain {
    SUBMISSION("fact_submission s"),
    PROJECT("fact_project p join fact_submission s on s.submission_id = p.submission_id"),
    INDICATOR("fact_indicator i join fact_submission s on s.submission_id = i.submission_id"),
    FINDING("fact_finding f join fact_submission s on s.submission_id = f.submission_id");

    private final String from;

    Grain(String from) {
        this.from = from;
    }

    /** Joined to indicator rows when project columns are needed (facts, or a project dimension). */
    static final String INDICATOR_PROJECT_JOIN =
            " join fact_project p on p.submission_id = i.submission_id and p.project_no = i.project_no";

    /** The SQL {@code from} clause; fixed text, never built from input. */
    public String from() {
        return from;
    }
}
