package com.budgetperf.report.domain.cube;

/** The fact table a query reads: one row per submission, per project, per indicator or per machine-review finding. */
public enum Grain {
    SUBMISSION, PROJECT, INDICATOR, FINDING
}
