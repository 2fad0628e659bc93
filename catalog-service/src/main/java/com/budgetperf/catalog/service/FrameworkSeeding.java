package com.budgetperf.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.budgetperf.catalog.config.CatalogConfig;
import com.budgetperf.catalog.domain.StandardFrameworks;

import io.quarkus.runtime.StartupEvent;

/**
 * Publishes the two standard frameworks and maps the first fiscal years to them, once: through the normal
 * publication, so they are announced on {@code budget.catalog} like any other version. Existing versions and
 * year assignments are left as administrators set them.
 */
@ApplicationScoped
public class FrameworkSeeding {

    private static final Logger LOG = Logger.getLogger(FrameworkSeeding.class);
    static final String SEEDER = "catalog-service";

    private final FrameworkPublication publication;
    private final FiscalYearFrameworks years;
    private final CatalogConfig config;

    public FrameworkSeeding(FrameworkPublication publication, FiscalYearFrameworks years, CatalogConfig config) {
        this.publication = publication;
        this.years = years;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.seedLibrary()) {
            seed();
        }
    }

    @Transactional
    public void seed() {
        if (publication.find(StandardFrameworks.OLDER).isEmpty()) {
            publication.publish(StandardFrameworks.OLDER, StandardFrameworks.names().get(StandardFrameworks.OLDER),
                    StandardFrameworks.older(), SEEDER);
            LOG.infof("published standard framework %s", StandardFrameworks.OLDER);
        }
        if (publication.find(StandardFrameworks.CURRENT).isEmpty()) {
            publication.publish(StandardFrameworks.CURRENT, StandardFrameworks.names().get(StandardFrameworks.CURRENT),
                    StandardFrameworks.current(), SEEDER);
            LOG.infof("published standard framework %s", StandardFrameworks.CURRENT);
        }
        StandardFrameworks.YEARS.forEach((year, code) -> {
            if (years.frameworkOf(year).isEmpty()) {
                years.assign(year, code, SEEDER);
            }
        });
    }
}
