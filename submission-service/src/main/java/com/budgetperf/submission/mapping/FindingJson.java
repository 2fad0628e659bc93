package com.budgetperf.submission.mapping;

import jakarta.inject.Singleton;

import com.budgetperf.submission.domain.review.Finding;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A finding's {@code location} (its cell in the Excel form) is written only when it has one, so findings of JSON
 * posts, stored or on the change feed, read as before; the domain record stays free of Jackson.
 */
@Singleton
public class FindingJson implements ObjectMapperCustomizer {

    abstract static class LocationOnlyWhenKnown {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Finding.Location location();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(Finding.class, LocationOnlyWhenKnown.class);
    }
}
