package com.budgetperf.catalog.messaging;

import java.time.Instant;
import java.util.List;

import com.budgetperf.catalog.domain.FrameworkTree;

/**
 * Event schema {@code budget.catalog.framework.published.v1} on topic {@code budget.catalog}, key = framework
 * code. A full snapshot of the published version: consumers keep their own copy and never call back.
 */
public record FrameworkPublished(String code, String name, List<FrameworkTree.Level1> levels, Instant publishedAt,
        String publishedBy) {

    public static final String TYPE = "budget.catalog.framework.published.v1";
}
