package com.budgetperf.submission.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CatalogCacheTests {

    private final AtomicLong now = new AtomicLong();
    private final CatalogCache<String> cache = new CatalogCache<>(Duration.ofSeconds(30), now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(int year) {
        return "rule set " + year + " read " + reads.incrementAndGet();
    }

    @Test
    void aYearIsReadOnceUntilInvalidatedOrOlderThanTheTtl() {
        assertEquals("rule set 2021 read 1", cache.get(2021, this::read));
        assertEquals("rule set 2021 read 1", cache.get(2021, this::read));
        assertEquals("rule set 2022 read 2", cache.get(2022, this::read));
        cache.invalidate();
        assertEquals("rule set 2021 read 3", cache.get(2021, this::read));
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertEquals("rule set 2021 read 3", cache.get(2021, this::read));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertEquals("rule set 2021 read 4", cache.get(2021, this::read));
    }

    @Test
    void aReadThatBeganBeforeAnInvalidationIsNotKept() {
        assertEquals("old", cache.get(2021, year -> {
            cache.invalidate(); // the catalog event committed while this read was under way
            return "old";
        }));
        assertEquals("rule set 2021 read 1", cache.get(2021, this::read));
        assertEquals("rule set 2021 read 1", cache.get(2021, this::read));
    }
}
