package com.budgetperf.submission.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An Idempotency-Key a caller used, the request it came with, and the version that request created. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequestEntity.Key.class)
public class IdempotentRequestEntity {

    public record Key(String caller, String idempotencyKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
