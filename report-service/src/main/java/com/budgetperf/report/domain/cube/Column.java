package com.budgetperf.report.domain.cube;

/** A column of an answer or a facts row: key, Chinese header, type. */
public record Column(String key, String label, ValueType type) {
}
