package com.budgetperf.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings under {@code catalog.*}. */
@ConfigMapping(prefix = "catalog")
public interface CatalogConfig {

    /** Import the standard indicator library from the bundled seeds at start ({@code catalog.seed-library}). */
    @WithDefault("true")
    boolean seedLibrary();
}
