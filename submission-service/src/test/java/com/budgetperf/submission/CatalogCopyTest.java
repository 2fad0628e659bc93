package com.budgetperf.submission;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.budgetperf.platform.testing.KafkaProbe;
import com.budgetperf.submission.repository.FrameworkCopyEntity;
import com.budgetperf.submission.service.CatalogCopy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The local catalog copy is built from budget.catalog over the real broker, once per event. */
@QuarkusTest
class CatalogCopyTest {

    @Inject
    CatalogCopy catalogCopy;

    @Inject
    EntityManager entityManager;

    static String frameworkPublished(String eventId, String code, String name) {
        return """
                {"specversion":"1.0","id":"%s","source":"/budget/catalog-service","type":"budget.catalog.framework.published.v1",
                 "time":"2026-11-23T08:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"code":"%s","name":"%s","publishedAt":"2026-11-23T08:00:00Z","publishedBy":"admin",
                         "levels":[{"name":"产出指标","synonyms":[],"children":[{"name":"数量指标","synonyms":[]}]}]}}"""
                .formatted(eventId, code, code, name);
    }

    @Test
    void frameworkPublishedOnTheCatalogTopicBecomesALocalCopyOnce() {
        String code = "c-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send("budget.catalog", code, frameworkPublished(eventId, code, "第一次"));
        await().atMost(Duration.ofSeconds(20)).until(() -> catalogCopy.framework(code).isPresent());

        // the same event again (a redelivery), then a later event of another framework as a marker
        KafkaProbe.send("budget.catalog", code, frameworkPublished(eventId, code, "重复投递不应覆盖"));
        String marker = "m-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send("budget.catalog", code, frameworkPublished(UUID.randomUUID().toString(), marker, "marker"));
        await().atMost(Duration.ofSeconds(20)).until(() -> catalogCopy.framework(marker).isPresent());

        FrameworkCopyEntity copy = catalogCopy.framework(code).orElseThrow();
        assertEquals("第一次", copy.name);
        assertEquals(eventId, copy.sourceEventId);
        long marks = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
        assertEquals(1, marks);
    }

    @Test
    void anUnreadableMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String key = "broken-" + UUID.randomUUID();
        KafkaProbe.send("budget.catalog", key, "这不是 JSON");
        KafkaProbe.awaitRecord("submission-service.dlq.budget.catalog", r -> key.equals(r.key()), Duration.ofSeconds(30));

        String code = "after-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send("budget.catalog", code, frameworkPublished(UUID.randomUUID().toString(), code, "之后的事件"));
        await().atMost(Duration.ofSeconds(20)).until(() -> catalogCopy.framework(code).isPresent());
    }
}
