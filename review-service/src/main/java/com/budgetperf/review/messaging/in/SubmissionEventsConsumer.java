package com.budgetperf.review.messaging.in;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.budgetperf.platform.consumer.EventConsumers;
import com.budgetperf.platform.consumer.EventRoutes;
import com.budgetperf.platform.consumer.RoutedConsumer;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.review.mapping.ReviewCaseMapper;
import com.budgetperf.review.service.CaseWithdrawal;
import com.budgetperf.review.service.CountyReplies;
import com.budgetperf.review.service.ReviewCaseOpening;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads submission-service's events through the platform's consumer skeleton: a submitted version opens a review
 * case, a withdrawal closes it, a county's reply to a comment is kept under that comment; every other type is passed
 * over. Each event id is applied once; a failing one is retried with backoff, an unreadable one goes to
 * {@code review-service.dlq.budget.submissions} at once.
 */
@ApplicationScoped
public class SubmissionEventsConsumer implements RoutedConsumer {

    static final String CONSUMER = "review-service";

    private final EventConsumers consumers;
    private final EventRoutes routes;

    public SubmissionEventsConsumer(EventConsumers consumers, ReviewCaseOpening opening, CaseWithdrawal withdrawal,
            CountyReplies replies) {
        this.consumers = consumers;
        this.routes = EventRoutes.of(EventTopics.SUBMISSIONS, CONSUMER)
                .onEvent(SubmissionSubmitted.TYPE, SubmissionSubmitted.class,
                        (submitted, event) -> opening.open(ReviewCaseMapper.toSubmittedVersion(submitted, event.id()),
                                ReviewCaseMapper.toContent(submitted)))
                .on(SubmissionWithdrawn.TYPE, SubmissionWithdrawn.class, withdrawal::close)
                .onEvent(CommentReplied.TYPE, CommentReplied.class, (reply, event) -> replies.receive(reply, event.id()));
    }

    @Override
    public List<EventRoutes> routes() {
        return List.of(routes);
    }

    @Incoming(EventTopics.SUBMISSIONS)
    @Blocking
    public void onSubmissionEvent(ConsumerRecord<String, String> record) {
        consumers.consume(record, routes);
    }
}
