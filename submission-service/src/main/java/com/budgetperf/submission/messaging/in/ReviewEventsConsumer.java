package com.budgetperf.submission.messaging.in;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.budgetperf.platform.consumer.EventConsumers;
import com.budgetperf.platform.consumer.EventRoutes;
import com.budgetperf.platform.consumer.RoutedConsumer;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.submission.service.ReviewOutcomes;

import io.smallrye.common.annotation.Blocking;

/** Review outcomes from {@code budget.reviews}: status and comments for the county, applied once per event. */
@ApplicationScoped
public class ReviewEventsConsumer implements RoutedConsumer {

    private final EventConsumers consumers;
    private final EventRoutes routes;

    public ReviewEventsConsumer(EventConsumers consumers, ReviewOutcomes outcomes) {
        this.consumers = consumers;
        EventRoutes table = EventRoutes.of(EventTopics.REVIEWS, CatalogEventsConsumer.CONSUMER);
        for (String type : List.of(ReviewDecisionData.CASE_OPENED, ReviewDecisionData.RETURNED,
                ReviewDecisionData.APPROVED, ReviewDecisionData.REJECTED)) {
            table = table.onEvent(type, ReviewDecisionData.class,
                    (decision, event) -> outcomes.apply(event.type(), decision, event.id()));
        }
        this.routes = table;
    }

    @Override
    public List<EventRoutes> routes() {
        return List.of(routes);
    }

    @Incoming(EventTopics.REVIEWS)
    @Blocking
    public void onReviewEvent(ConsumerRecord<String, String> record) {
        consumers.consume(record, routes);
    }
}
