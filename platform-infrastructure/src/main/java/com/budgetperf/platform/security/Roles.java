package com.budgetperf.platform.security;

/** Realm roles of docs/architecture.md §4. */
public final class Roles {
    public static final String SUBMITTER = "submitter";
    public static final String REVIEWER = "reviewer";
    public static final String ANALYST = "analyst";
    public static final String CATALOG_ADMIN = "catalog-admin";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
