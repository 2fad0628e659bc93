package com.budgetperf.catalog.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "indicator_template")
public class IndicatorTemplateEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> aliases;

    @Column(nullable = false)
    public String level1;

    @Column(nullable = false)
    public String level2;

    @Column(name = "value_kind", nullable = false)
    public String valueKind;

    public String unit;

    public String direction;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "typical_values", nullable = false, columnDefinition = "jsonb")
    public List<String> typicalValues;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "policy_area", nullable = false, columnDefinition = "jsonb")
    public List<String> policyAreas;

    @Column(name = "seed_rows", nullable = false)
    public int seedRows;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
