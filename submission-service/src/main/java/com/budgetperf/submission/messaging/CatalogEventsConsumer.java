package com.budgetperf.submission.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.inbox.ProcessedEvents;
import com.budgetperf.submission.service.CatalogCopy;
import com.budgetperf.submission.service.RuleSetCopy;

import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the local copy of the catalog (framework versions, which framework each fiscal year follows, machine-review
 * rule sets) from {@code budget.catalog}.
 * Idempotent: an event applied once is skipped on redelivery. Unreadable messages go to the dead-letter topic.
 */
@ApplicationScoped
public class CatalogEventsConsumer {

    static final String CONSUMER = "submission-service";
    private static final Logger LOG = Logger.getLogger(CatalogEventsConsumer.class);

    private final CloudEventCodec codec;
    private final ProcessedEvents processedEvents;
    private final CatalogCopy catalogCopy;
    private final RuleSetCopy ruleSets;

    public CatalogEventsConsumer(CloudEventCodec codec, ProcessedEvents processedEvents, CatalogCopy catalogCopy,
            RuleSetCopy ruleSets) {
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.catalogCopy = catalogCopy;
        this.ruleSets = ruleSets;
    }

    @Incoming("budget.catalog")
    @Blocking
    @Transactional
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        CloudEvent event = codec.read(record.value());
        boolean framework = FrameworkPublishedData.TYPE.equals(event.type());
        boolean ruleSet = RuleSetPublishedData.TYPE.equals(event.type());
        boolean year = FiscalYearFrameworkData.TYPE.equals(event.type());
        if (!framework && !ruleSet && !year) {
            LOG.debugf("ignoring %s %s", event.type(), event.id());
            return;
        }
        if (!processedEvents.firstDelivery(CONSUMER, event)) {
            return;
        }
        if (framework) {
            catalogCopy.keepFramework(codec.data(event, FrameworkPublishedData.class), event.id());
        } else if (year) {
            catalogCopy.keepYear(codec.data(event, FiscalYearFrameworkData.class), event.id());
        } else {
            ruleSets.keep(codec.data(event, RuleSetPublishedData.class), event.id());
        }
    }
}
