package com.budgetperf.catalog.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.budgetperf.catalog.domain.FrameworkTree;

@Entity
@Table(name = "framework_version")
public class FrameworkVersionEntity {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false, updatable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    public FrameworkTree tree;

    @Column(name = "published_at", nullable = false, updatable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    public String publishedBy;
}
