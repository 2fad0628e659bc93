package com.budgetperf.review.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.CloudEventCodec;
import com.budgetperf.platform.events.EventTopics;
import com.budgetperf.platform.events.MalformedEventException;
import com.budgetperf.platform.inbox.ProcessedEvents;
import com.budgetperf.review.mapping.ReviewCaseMapper;
import com.budgetperf.review.service.CaseWithdrawal;
import com.budgetperf.review.service.ReviewCaseOpening;

import io.smallrye.common.annotation.Blocking;

/**
 * Reads submission-service's events. A submitted version opens a review case; every other type is not
 * review-service's business and is passed over. Each event id is applied once (idempotent consumer);
 * a message that cannot be read throws, and the connector sends it to {@code review-service.dlq.budget.submissions}.
 */
@ApplicationScoped
public class SubmissionEventsConsumer {

    static final String CONSUMER = "review-service";

    private static final Logger LOG = Logger.getLogger(SubmissionEventsConsumer.class);

    private final CloudEventCodec codec;
    private final ProcessedEvents processedEvents;
    private final ReviewCaseOpening opening;
    private final CaseWithdrawal withdrawal;

    public SubmissionEventsConsumer(CloudEventCodec codec, ProcessedEvents processedEvents, ReviewCaseOpening opening,
            CaseWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.opening = opening;
    }

    @Incoming(EventTopics.SUBMISSIONS)
    @Blocking
    @Transactional
    public void onSubmissionEvent(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new MalformedEventException("empty message at " + position(record));
        }
        CloudEvent event = codec.read(record.value());
        boolean submittedEvent = SubmissionSubmitted.TYPE.equals(event.type());
        if (!submittedEvent && !SubmissionWithdrawn.TYPE.equals(event.type())) {
            LOG.debugf("passing over %s %s", event.type(), event.id());
            return;
        }
        if (!processedEvents.firstDelivery(CONSUMER, event)) {
            LOG.infof("event %s already applied, redelivery at %s ignored", event.id(), position(record));
            return;
        }
        if (!submittedEvent) {
            withdrawal.close(codec.data(event, SubmissionWithdrawn.class));
            return;
        }
        SubmissionSubmitted submitted = codec.data(event, SubmissionSubmitted.class);
        opening.open(ReviewCaseMapper.toSubmittedVersion(submitted, event.id()), ReviewCaseMapper.toContent(submitted));
    }

    private static String position(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
