package com.budgetperf.catalog.messaging.out;

import java.time.Instant;
import java.util.List;

/**
 * Event schema {@code budget.catalog.framework.published.v1} on topic {@code budget.catalog}, key = framework
 * code. A full snapshot of the published version: consumers keep their own copy and never call back. The event's
 * own records (not the domain's tree) are the contract.
 */
public record FrameworkPublished(String code, String name, List<Level1> levels, Instant publishedAt,
        String publishedBy) {

    public static final String TYPE = "budget.catalog.framework.published.v1";

    /** A 一级指标 with its synonyms and 二级指标. */
    public record Level1(String name, List<String> synonyms, List<Level2> children) {
    }

    /** A 二级指标 with its synonyms. */
    public record Level2(String name, List<String> synonyms) {
    }
}
