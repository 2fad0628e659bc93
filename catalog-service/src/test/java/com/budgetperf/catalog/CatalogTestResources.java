package com.budgetperf.catalog;

import com.budgetperf.platform.testing.PlatformTestResources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database {@code catalog}), Kafka and OIDC for every {@code @QuarkusTest} of this module. */
@QuarkusTestResource(value = PlatformTestResources.class, initArgs = @ResourceArg(name = "database", value = "catalog"))
public class CatalogTestResources {
}
