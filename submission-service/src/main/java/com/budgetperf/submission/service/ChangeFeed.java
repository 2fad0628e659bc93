package com.budgetperf.submission.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.submission.domain.feed.FeedCursor;
import com.budgetperf.submission.mapping.DocumentJson;
import com.budgetperf.submission.repository.SubmissionChangeEntity;
import com.budgetperf.submission.repository.SubmissionChangeRepository;
import com.budgetperf.submission.repository.WebhookDeliveryEntity;
import com.budgetperf.submission.repository.WebhookDeliveryRepository;
import com.budgetperf.submission.repository.WebhookSubscriptionEntity;
import com.budgetperf.submission.repository.WebhookSubscriptionRepository;

/**
 * What happened to the submissions of a region, in order: written in the transaction of each change (so the feed
 * holds exactly what was committed), read by county systems with a resumable cursor, and queued in the same
 * transaction for every webhook that covers the region (so a webhook gets what the feed shows, once per event id).
 */
@ApplicationScoped
public class ChangeFeed {

    /** One page of the feed and the cursor to resume after it. */
    public record ChangePage(List<SubmissionChange> changes, String cursor) {
    }

    private final SubmissionChangeRepository changes;
    private final WebhookSubscriptionRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final DocumentJson json;

    public ChangeFeed(SubmissionChangeRepository changes, WebhookSubscriptionRepository webhooks,
            WebhookDeliveryRepository deliveries, DocumentJson json) {
        this.changes = changes;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
    }

    /** Records a change (once per event id) and queues it for the webhooks of its region. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(SubmissionChange change) {
        if (changes.recorded(change.eventId())) {
            return;
        }
        recordNew(change);
    }

    /** Records a change whose event id was made just now (a new version), so it cannot have been recorded before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordNew(SubmissionChange change) {
        SubmissionChangeEntity entry = new SubmissionChangeEntity();
        entry.seq = changes.nextSeq();
        entry.eventId = change.eventId();
        entry.submissionId = change.submissionId();
        entry.regionCode = change.regionCode();
        entry.type = change.type();
        entry.occurredAt = change.occurredAt();
        entry.body = json.write(change);
        changes.persist(entry);
        Instant now = Instant.now();
        for (WebhookSubscriptionEntity webhook : webhooks.covering(change.regionCode())) {
            WebhookDeliveryEntity delivery = new WebhookDeliveryEntity();
            delivery.subscriptionId = webhook.id;
            delivery.changeSeq = entry.seq;
            delivery.eventId = change.eventId();
            delivery.status = WebhookDeliveryEntity.Status.PENDING;
            delivery.nextAttemptAt = now;
            deliveries.persist(delivery);
        }
    }

    /** The changes of {@code regionPrefix} after {@code since}, oldest first, at most {@code limit}. */
    @Transactional
    public ChangePage read(String regionPrefix, FeedCursor since, int limit) {
        List<SubmissionChangeEntity> page = changes.after(regionPrefix, since.seq(), limit);
        long last = page.isEmpty() ? since.seq() : page.get(page.size() - 1).seq;
        return new ChangePage(page.stream().map(entry -> json.read(entry.body, SubmissionChange.class)).toList(),
                new FeedCursor(last).encode());
    }
}
