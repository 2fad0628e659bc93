package com.budgetperf.catalog.domain;

import java.time.Instant;

/** A published, immutable framework version, e.g. code {@code 2021} for the 2021 framework. */
public record FrameworkVersion(String code, String name, FrameworkTree tree, Instant publishedAt, String publishedBy) {
}
