package com.budgetperf.submission.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's own copy of a published framework version, built from {@code budget.catalog}. */
@Entity
@Table(name = "framework_copy")
public class FrameworkCopyEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String levels;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;
}
