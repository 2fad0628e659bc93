package com.budgetperf.submission.messaging.in;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** This service's reading of {@code budget.catalog.framework.published.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FrameworkPublishedData(String code, String name, JsonNode levels, Instant publishedAt) {

    public static final String TYPE = "budget.catalog.framework.published.v1";
}
