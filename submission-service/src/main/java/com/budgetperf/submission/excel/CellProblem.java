package com.budgetperf.submission.excel;

/** A cell the clerk must fix, e.g. {@code 项目!C3} with "预算数应为数字（万元）". */
public record CellProblem(String cell, String message) {

    /** "项目!C3：预算数应为数字（万元）", for people. */
    public String describe() {
        return cell + "：" + message;
    }
}
