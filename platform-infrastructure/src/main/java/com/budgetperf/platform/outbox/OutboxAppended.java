package com.budgetperf.platform.outbox;

/**
 * Fired by {@link Outbox#append} inside the writing transaction; {@link OutboxRelay} observes it after the commit
 * ({@code AFTER_SUCCESS}) and relays at once instead of waiting for its next poll. A rolled-back transaction
 * wakes nothing.
 */
public record OutboxAppended(String topic, String messageKey) {
}
