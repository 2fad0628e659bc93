package com.budgetperf.submission.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscriptionEntity, UUID> {

    /** Active webhooks whose region covers {@code regionCode} (a prefix of it). */
    public List<WebhookSubscriptionEntity> covering(String regionCode) {
        return list("active = true and ?1 like concat(regionPrefix, '%')", regionCode);
    }

    /** Active webhooks registered for regions within {@code regionPrefix}. */
    public List<WebhookSubscriptionEntity> within(String regionPrefix) {
        return list("active = true and regionPrefix like ?1", Sort.by("createdAt"), regionPrefix + "%");
    }
}
