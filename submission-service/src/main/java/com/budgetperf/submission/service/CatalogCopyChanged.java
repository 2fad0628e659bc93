package com.budgetperf.submission.service;

/**
 * Fired when a catalog event changed the local copy (a rule set, a framework, a year's assignment); observed after
 * the commit to drop what {@link RuleSetCopy} and {@link CatalogCopy} keep in memory.
 */
public record CatalogCopyChanged(String what, String eventId) {
}
