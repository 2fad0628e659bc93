package com.budgetperf.submission.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.budgetperf.submission.domain.feed.RetrySchedule;
import com.budgetperf.submission.domain.feed.WebhookSignature;
import com.budgetperf.submission.repository.SubmissionChangeRepository;
import com.budgetperf.submission.repository.WebhookDeliveryEntity;
import com.budgetperf.submission.repository.WebhookDeliveryRepository;
import com.budgetperf.submission.repository.WebhookSubscriptionEntity;
import com.budgetperf.submission.repository.WebhookSubscriptionRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Posts queued changes to the webhooks: claims the due deliveries (locked, skipped by other replicas, leased so
 * that a crash only delays them), posts each signed ({@link WebhookSignature}) outside any transaction, and logs the
 * outcome: a 2xx answer delivers it; anything else is retried with doubling waits ({@link RetrySchedule}) until the
 * attempts are spent. The body is the change exactly as the feed shows it; {@code Webhook-Id} is its event id.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    record Attempt(long deliveryId, String url, String secret, String eventId, String body) {
    }

    record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final SubmissionChangeRepository changes;
    private final WebhooksConfig config;
    private final RetrySchedule retries;
    private final HttpClient http;

    public WebhookDispatcher(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
            SubmissionChangeRepository changes, WebhooksConfig config) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.config = config;
        this.retries = new RetrySchedule(config.retryBase(), config.retryMax(), config.attempts());
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${submission.webhooks.poll-interval:1s}", delayed = "${submission.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatch() {
        List<Attempt> due = QuarkusTransaction.requiringNew().call(this::claim);
        for (Attempt attempt : due) {
            Outcome outcome = send(attempt);
            QuarkusTransaction.requiringNew().run(() -> log(attempt, outcome));
        }
    }

    private List<Attempt> claim() {
        Instant now = Instant.now();
        List<Attempt> due = new ArrayList<>();
        for (WebhookDeliveryEntity delivery : deliveries.dueForUpdate(now, config.batchSize())) {
            WebhookSubscriptionEntity webhook = subscriptions.findById(delivery.subscriptionId);
            if (webhook == null || !webhook.active) {
                delivery.status = WebhookDeliveryEntity.Status.FAILED;
                delivery.lastError = "webhook 已删除";
                continue;
            }
            delivery.nextAttemptAt = now.plus(config.timeout().multipliedBy(3)); // lease while it is being sent
            due.add(new Attempt(delivery.id, webhook.url, webhook.secret, delivery.eventId.toString(),
                    changes.findById(delivery.changeSeq).body));
        }
        return due;
    }

    Outcome send(Attempt attempt) {
        Optional<String> refused = WebhookAddress.deliveryRefusal(attempt.url(), config.allowPrivateNetworks());
        if (refused.isPresent()) {
            return new Outcome(null, refused.get());
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Webhook-Id", attempt.eventId())
                .header("Webhook-Timestamp", Long.toString(timestamp))
                .header("Webhook-Signature", WebhookSignature.sign(attempt.secret(), attempt.eventId(), timestamp,
                        attempt.body()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8))
                .build();
        try {
            return new Outcome(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), null);
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    private void log(Attempt attempt, Outcome outcome) {
        WebhookDeliveryEntity delivery = deliveries.findById(attempt.deliveryId());
        Instant now = Instant.now();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error() == null ? null
                : outcome.error().substring(0, Math.min(500, outcome.error().length()));
        if (outcome.delivered()) {
            delivery.status = WebhookDeliveryEntity.Status.DELIVERED;
            delivery.deliveredAt = now;
            return;
        }
        Optional<Duration> wait = retries.after(delivery.attempts);
        if (wait.isPresent()) {
            delivery.nextAttemptAt = now.plus(wait.get());
        } else {
            delivery.status = WebhookDeliveryEntity.Status.FAILED;
            LOG.warnf("webhook delivery %d of event %s given up after %d attempts", delivery.id, delivery.eventId,
                    delivery.attempts);
        }
    }
}
