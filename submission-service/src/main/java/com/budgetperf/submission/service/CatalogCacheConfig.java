package com.budgetperf.submission.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the machine review keeps the catalog's rule sets and frameworks in memory ({@code submission.catalog-cache.*}). */
@ConfigMapping(prefix = "submission.catalog-cache")
public interface CatalogCacheConfig {

    /**
     * The longest a kept copy is used without reading the database again. The replica that consumes a catalog event
     * drops its copy at once (after the commit); the other replicas of the service (same consumer group, so they do
     * not see the event) read it again at the latest after this long.
     */
    @WithDefault("30s")
    Duration ttl();
}
