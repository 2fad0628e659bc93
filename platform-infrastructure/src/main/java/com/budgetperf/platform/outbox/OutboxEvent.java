package com.budgetperf.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(nullable = false)
    public String type;

    /** The whole CloudEvent as JSON, exactly as it goes on the wire. */
    @Column(nullable = false, columnDefinition = "text")
    public String envelope;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    /** Set when the row failed {@code platform.outbox.max-attempts} times; later rows of its key wait behind it. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    /** Set when an administrator gave up on a parked row: it is never relayed, its key goes on. */
    @Column(name = "skipped_at")
    public Instant skippedAt;

    void published(Instant at) {
        publishedAt = at;
        attempts++;
        lastError = null;
    }

    void failed(Throwable error) {
        attempts++;
        lastError = String.valueOf(error);
    }

    void park(Instant at) {
        parkedAt = at;
    }
}
