package com.budgetperf.submission.domain.feed;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed webhook delivery is tried again: after {@code base}, then twice as long each time, never longer
 * than {@code max}; after {@code attempts} tries it is given up (the delivery log shows it as FAILED).
 */
public record RetrySchedule(Duration base, Duration max, int attempts) {

    /** The wait after the {@code attemptsMade}-th failed attempt, or empty when no attempt is left. */
    public Optional<Duration> after(int attemptsMade) {
        if (attemptsMade >= attempts) {
            return Optional.empty();
        }
        Duration wait = base;
        for (int i = 1; i < attemptsMade && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return Optional.of(wait.compareTo(max) > 0 ? max : wait);
    }
}
