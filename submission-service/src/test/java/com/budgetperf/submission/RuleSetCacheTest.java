package com.budgetperf.submission;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.submission.domain.review.RuleSet;
import com.budgetperf.submission.service.RuleSetCopy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The active rule set of a year is read once and kept (a row written behind the service's back is not seen), and the
 * catalog's rule-set event drops what was kept: the next review uses the published rule set (the test's ttl is ten
 * minutes, so only the event can have done it).
 */
@QuarkusTest
class RuleSetCacheTest {

    private static final int YEAR = 2033;

    @Inject
    RuleSetCopy ruleSets;
    @Inject
    EntityManager entityManager;

    @Test
    void theActiveRuleSetIsKeptUntilTheCatalogPublishesANewOne() {
        String builtIn = RuleSet.builtIn().version();
        assertEquals(builtIn, ruleSets.active(YEAR).version());

        String direct = "direct-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into rule_set_copy (version, fiscal_year, content, published_at, source_event_id)
                values (?1, ?2, cast(?3 as jsonb), now(), 'written-by-the-test')""")
                .setParameter(1, direct).setParameter(2, YEAR)
                .setParameter(3, "{\"version\":\"" + direct + "\"}").executeUpdate());
        assertEquals(builtIn, ruleSets.active(YEAR).version(), "kept in memory, not read again");

        String published = "rs-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send("budget.catalog", published, """
                {"specversion":"1.0","id":"%s","source":"/budget/catalog-service","type":"budget.catalog.rule-set.published.v1",
                 "time":"2026-11-30T08:00:00Z","subject":"%s",
                 "data":{"version":"%s","fiscalYear":%d,"settings":{"MISSING_LEVEL1":{"enabled":false}},
                         "publishedAt":"2099-01-01T00:00:00Z"}}""".formatted(UUID.randomUUID(), published, published, YEAR));
        await().atMost(Duration.ofSeconds(60)).until(() -> published.equals(ruleSets.active(YEAR).version()));
        assertEquals(false, ruleSets.active(YEAR).settings().get("MISSING_LEVEL1").enabled());
    }
}
