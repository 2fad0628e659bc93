package com.budgetperf.submission.domain;

/** A submission is identified by (fiscalYear, regionCode, departmentCode). */
public record SubmissionKey(int fiscalYear, String regionCode, String departmentCode) {

    @Override
    public String toString() {
        return fiscalYear + "/" + regionCode + "/" + departmentCode;
    }
}
