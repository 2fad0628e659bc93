package com.budgetperf.platform.consumer;

import com.budgetperf.platform.events.MalformedEventException;

/**
 * An event on a topic whose {@code source} is not the service that owns the topic: it is not applied and goes to
 * the dead-letter topic at once, like an unreadable one (no retry makes it trustworthy).
 */
public class UntrustedEventException extends MalformedEventException {
    public UntrustedEventException(String message) {
        super(message);
    }
}
