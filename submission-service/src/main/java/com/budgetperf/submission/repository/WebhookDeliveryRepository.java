package com.budgetperf.submission.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepository<WebhookDeliveryEntity> {

    /**
     * Pending deliveries that are due, oldest change first, locked and skipped by other replicas
     * ({@code for update skip locked}).
     */
    @SuppressWarnings("unchecked")
    public List<WebhookDeliveryEntity> dueForUpdate(Instant now, int limit) {
        return getEntityManager().createNativeQuery("select * from webhook_delivery where status = 'PENDING' "
                + "and next_attempt_at <= :now order by change_seq, id limit :limit for update skip locked",
                WebhookDeliveryEntity.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** A webhook's delivery log, newest first. */
    public List<WebhookDeliveryEntity> log(UUID subscriptionId, int page, int size) {
        return find("subscriptionId", Sort.by("changeSeq").descending(), subscriptionId).page(page, size).list();
    }
}
