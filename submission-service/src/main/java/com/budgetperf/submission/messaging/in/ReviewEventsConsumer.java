package com.budgetperf.submission.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.inbox.ProcessedEvents;
import com.budgetperf.submission.service.ReviewOutcomes;

import io.smallrye.common.annotation.Blocking;

/** Review outcomes from {@code budget.reviews}: status and comments for the county, applied once per event. */
@ApplicationScoped
public class ReviewEventsConsumer {

    private static final Set<String> DECISIONS = Set.of(ReviewDecisionData.CASE_OPENED, ReviewDecisionData.RETURNED,
            ReviewDecisionData.APPROVED, ReviewDecisionData.REJECTED);

    private final CloudEventCodec codec;
    private final ProcessedEvents processedEvents;
    private final ReviewOutcomes outcomes;

    public ReviewEventsConsumer(CloudEventCodec codec, ProcessedEvents processedEvents, ReviewOutcomes outcomes) {
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.outcomes = outcomes;
    }

    @Incoming(EventTopics.REVIEWS)
    @Blocking
    @Transactional
    public void onReviewEvent(ConsumerRecord<String, String> record) {
        CloudEvent event = codec.read(record.value());
        if (DECISIONS.contains(event.type()) && processedEvents.firstDelivery(CatalogEventsConsumer.CONSUMER, event)) {
            outcomes.apply(event.type(), codec.data(event, ReviewDecisionData.class), event.id());
        }
    }
}
