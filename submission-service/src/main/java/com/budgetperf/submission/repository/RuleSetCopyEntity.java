package com.budgetperf.submission.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine-review rule set published by the catalog, kept here as it arrived. */
@Entity
@Table(name = "rule_set_copy")
public class RuleSetCopyEntity {

    @Id
    public String version;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "source_event_id", nullable = false)
    public String sourceEventId;
}
