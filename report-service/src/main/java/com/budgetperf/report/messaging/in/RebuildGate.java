package com.budgetperf.report.messaging.in;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Closed while a read-model rebuild runs: the live channels wait before taking their next record, so no live event
 * meets the rebuild's locks and runs out of retries. A record already being applied when the rebuild starts waits on
 * the locks (and is retried), then finds itself replayed by the rebuild and is skipped as a duplicate.
 */
@ApplicationScoped
public class RebuildGate {

    private boolean closed;

    synchronized void close() {
        closed = true;
    }

    synchronized void open() {
        closed = false;
        notifyAll();
    }

    /** Waits while a rebuild runs. */
    synchronized void awaitOpen() {
        while (closed) {
            try {
                wait(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
