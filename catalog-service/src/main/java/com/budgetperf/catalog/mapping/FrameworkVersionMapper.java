package com.budgetperf.catalog.mapping;

import java.util.UUID;

import com.budgetperf.catalog.domain.FrameworkVersion;
import com.budgetperf.catalog.messaging.out.FrameworkPublished;
import com.budgetperf.catalog.repository.FrameworkVersionEntity;

public final class FrameworkVersionMapper {

    private FrameworkVersionMapper() {
    }

    public static FrameworkVersion toDomain(FrameworkVersionEntity entity) {
        return new FrameworkVersion(entity.code, entity.name, entity.tree, entity.publishedAt, entity.publishedBy);
    }

    public static FrameworkVersionEntity toEntity(FrameworkVersion version) {
        FrameworkVersionEntity entity = new FrameworkVersionEntity();
        entity.id = UUID.randomUUID();
        entity.code = version.code();
        entity.name = version.name();
        entity.tree = version.tree();
        entity.publishedAt = version.publishedAt();
        entity.publishedBy = version.publishedBy();
        return entity;
    }

    public static FrameworkPublished toEvent(FrameworkVersion version) {
        return new FrameworkPublished(version.code(), version.name(), version.tree().levels().stream()
                .map(level1 -> new FrameworkPublished.Level1(level1.name(), level1.synonyms(), level1.children().stream()
                        .map(level2 -> new FrameworkPublished.Level2(level2.name(), level2.synonyms())).toList()))
                .toList(), version.publishedAt(), version.publishedBy());
    }
}
