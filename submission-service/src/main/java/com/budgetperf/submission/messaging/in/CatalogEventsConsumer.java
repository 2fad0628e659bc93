package com.budgetperf.submission.messaging.in;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.budgetperf.platform.consumer.EventConsumers;
import com.budgetperf.platform.consumer.EventRoutes;
import com.budgetperf.platform.consumer.RoutedConsumer;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.submission.service.CatalogCopy;
import com.budgetperf.submission.service.RuleSetCopy;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the local copy of the catalog (framework versions, which framework each fiscal year follows, machine-review
 * rule sets) from {@code budget.catalog}, through the platform's consumer skeleton (idempotent, retried, dead-lettered when unreadable).
 */
@ApplicationScoped
public class CatalogEventsConsumer implements RoutedConsumer {

    static final String CONSUMER = "submission-service";

    private final EventConsumers consumers;
    private final EventRoutes routes;

    public CatalogEventsConsumer(EventConsumers consumers, CatalogCopy catalogCopy, RuleSetCopy ruleSets) {
        this.consumers = consumers;
        this.routes = EventRoutes.of(EventTopics.CATALOG, CONSUMER)
                .onEvent(FrameworkPublishedData.TYPE, FrameworkPublishedData.class,
                        (framework, event) -> catalogCopy.keepFramework(framework, event.id()))
                .onEvent(FiscalYearFrameworkData.TYPE, FiscalYearFrameworkData.class,
                        (year, event) -> catalogCopy.keepYear(year, event.id()))
                .onEvent(RuleSetPublishedData.TYPE, RuleSetPublishedData.class,
                        (ruleSet, event) -> ruleSets.keep(ruleSet, event.id()));
    }

    @Override
    public List<EventRoutes> routes() {
        return List.of(routes);
    }

    @Incoming(EventTopics.CATALOG)
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        consumers.consume(record, routes);
    }
}
