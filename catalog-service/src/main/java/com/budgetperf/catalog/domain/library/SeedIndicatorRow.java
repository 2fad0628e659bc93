package com.budgetperf.catalog.domain.library;

/**
 * One 三级 indicator row as published in a seed document, after Word leftovers are stripped and the 一级/二级
 * names are normalised to their canonical names. {@code rawValue} is the 指标值 as written (in the split
 * 符号/值/单位 layout the three cells joined; for 文字描述 the description only).
 */
public record SeedIndicatorRow(String source, int line, String project, String policyArea, String level1,
        String level2, String name, String rawValue) {
}
