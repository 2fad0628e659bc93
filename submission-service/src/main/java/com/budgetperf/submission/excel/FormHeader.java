package com.budgetperf.submission.excel;

/** The 部门信息 at the top of the form: which submission the workbook belongs to. */
public record FormHeader(Integer fiscalYear, String regionCode, String departmentCode, String departmentName) {
}
