package com.budgetperf.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "platform.events")
public interface EventsConfig {
    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /budget/catalog-service}. */
    @WithDefault("/budget/${quarkus.application.name}")
    String source();
}
