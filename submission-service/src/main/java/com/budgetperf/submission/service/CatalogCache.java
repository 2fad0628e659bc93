package com.budgetperf.submission.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Catalog copies (rule sets, frameworks) as the machine review uses them, by fiscal year, read from the database
 * and parsed once instead of on every review. {@link #invalidate()} after a catalog event's transaction committed
 * drops everything; a read that began before it does not put its (older) answer back. An entry lives at most
 * {@code ttl}, for the replicas that did not consume the event.
 */
final class CatalogCache<V> {

    private record Entry<V>(V value, long readAt) {
    }

    private final Map<Integer, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier clock;

    CatalogCache(Duration ttl, LongSupplier clock) {
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    CatalogCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    V get(int fiscalYear, Function<Integer, V> read) {
        long now = clock.getAsLong();
        Entry<V> entry = entries.get(fiscalYear);
        if (entry != null && now - entry.readAt() < ttlNanos) {
            return entry.value();
        }
        long before = generation.get();
        V value = read.apply(fiscalYear);
        if (generation.get() == before) {
            entries.put(fiscalYear, new Entry<>(value, now));
            if (generation.get() != before) {
                entries.remove(fiscalYear);
            }
        }
        return value;
    }

    void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }
}
