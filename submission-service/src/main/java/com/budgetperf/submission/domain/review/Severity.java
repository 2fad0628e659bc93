package com.budgetperf.submission.domain.review;

/** How much a finding weighs: ERROR blocks submitting, WARNING and INFO do not. */
public enum Severity {
    ERROR, WARNING, INFO
}
