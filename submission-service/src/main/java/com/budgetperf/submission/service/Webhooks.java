package com.budgetperf.submission.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.budgetperf.platform.problem.ProblemException;
import com.budgetperf.platform.security.CallerRegion;
import com.budgetperf.submission.repository.WebhookDeliveryEntity;
import com.budgetperf.submission.repository.WebhookDeliveryRepository;
import com.budgetperf.submission.repository.WebhookSubscriptionEntity;
import com.budgetperf.submission.repository.WebhookSubscriptionRepository;

/**
 * The webhooks county systems register: for the caller's region, an http(s) address and a secret (generated when
 * none is given, shown once) with which each delivery is signed. Changes recorded after registration are delivered.
 */
@ApplicationScoped
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final CallerRegion callerRegion;
    private final WebhooksConfig config;

    public Webhooks(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
            CallerRegion callerRegion, WebhooksConfig config) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.callerRegion = callerRegion;
        this.config = config;
    }

    @Transactional
    public WebhookSubscriptionEntity register(String url, String secret, String caller) {
        WebhookSubscriptionEntity webhook = new WebhookSubscriptionEntity();
        webhook.id = UUID.randomUUID();
        webhook.regionPrefix = callerRegion.prefix();
        webhook.url = WebhookAddress.checked(url, config.allowPrivateNetworks());
        webhook.secret = secret == null || secret.isBlank() ? generatedSecret() : secret;
        webhook.createdBy = caller;
        webhook.createdAt = Instant.now();
        webhook.active = true;
        subscriptions.persist(webhook);
        return webhook;
    }

    @Transactional
    public List<WebhookSubscriptionEntity> list() {
        return subscriptions.within(callerRegion.prefix());
    }

    @Transactional
    public void remove(UUID id) {
        covered(id).active = false;
    }

    @Transactional
    public List<WebhookDeliveryEntity> log(UUID id, int page, int size) {
        covered(id);
        return deliveries.log(id, page, size);
    }

    private WebhookSubscriptionEntity covered(UUID id) {
        WebhookSubscriptionEntity webhook = subscriptions.findByIdOptional(id).filter(w -> w.active)
                .orElseThrow(() -> ProblemException.notFound("Webhook " + id));
        callerRegion.requireCovers(webhook.regionPrefix);
        return webhook;
    }

    private static String generatedSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
