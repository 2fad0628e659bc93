package com.budgetperf.submission;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The local rule-set copy is built from budget.catalog over the real broker, once per event. */
@QuarkusTest
class RuleSetCopyTest {

    /** A year no other test reviews in, so these rule sets change no other test's machine review. */
    private static final int YEAR = 2097;

    @Inject
    EntityManager entityManager;

    static String ruleSetPublished(String eventId, String version, String threshold) {
        return """
                {"specversion":"1.0","id":"%s","source":"/budget/catalog-service","type":"budget.catalog.rule-set.published.v1",
                 "time":"2026-11-23T08:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"version":"%s","fiscalYear":%d,"settings":{},"wordLists":{},"thresholds":{"minIndicators":%s},
                         "synonyms":{},"publishedAt":"2026-11-23T08:00:00Z","publishedBy":"admin"}}"""
                .formatted(eventId, version, version, YEAR, threshold);
    }

    private String copied(String version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("select source_event_id from rule_set_copy where version = ?1")
                    .setParameter(1, version).getResultList();
            return rows.isEmpty() ? null : rows.get(0).toString();
        });
    }

    @Test
    void ruleSetPublishedOnTheCatalogTopicBecomesALocalCopyOnce() {
        String version = "c-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send("budget.catalog", version, ruleSetPublished(eventId, version, "3"));
        await().atMost(Duration.ofSeconds(20)).until(() -> copied(version) != null);

        // the same event again (a redelivery), then a later event of another rule set as a marker
        KafkaProbe.send("budget.catalog", version, ruleSetPublished(eventId, version, "9"));
        String marker = "m-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send("budget.catalog", marker, ruleSetPublished(UUID.randomUUID().toString(), marker, "3"));
        await().atMost(Duration.ofSeconds(20)).until(() -> copied(marker) != null);

        assertEquals(eventId, copied(version));
        long marks = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
        assertEquals(1, marks);
        String threshold = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select content -> 'thresholds' ->> 'minIndicators' from rule_set_copy where version = ?1")
                .setParameter(1, version).getSingleResult().toString());
        assertEquals(3, Double.valueOf(threshold).intValue());
    }

    @Test
    void aFrameworkEventIsSkippedAndAnUnreadableMessageGoesToTheDeadLetterTopic() {
        String key = "broken-" + UUID.randomUUID();
        KafkaProbe.send("budget.catalog", key, "这不是 JSON");
        KafkaProbe.awaitRecord("submission-service.dlq.budget.catalog", r -> key.equals(r.key()), Duration.ofSeconds(30));
        String frameworkEvent = UUID.randomUUID().toString();
        KafkaProbe.send("budget.catalog", "2021", """
                {"specversion":"1.0","id":"%s","source":"/budget/catalog-service","type":"budget.catalog.framework.published.v1",
                 "time":"2026-11-23T08:00:00Z","subject":"2021","datacontenttype":"application/json",
                 "data":{"code":"2021","name":"2021","levels":[]}}""".formatted(frameworkEvent));

        String version = "after-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send("budget.catalog", version, ruleSetPublished(UUID.randomUUID().toString(), version, "3"));
        await().atMost(Duration.ofSeconds(20)).until(() -> copied(version) != null);
        long marks = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, frameworkEvent).getSingleResult()).longValue());
        assertEquals(0, marks);
    }
}
