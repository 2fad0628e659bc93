package com.budgetperf.catalog.domain;

/** One invalid field: a JSON pointer into the request and a message a clerk can act on. */
public record FieldViolation(String field, String message) {

    /** Escapes a map key for use as a JSON pointer segment (RFC 6901). */
    public static String segment(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
