package com.budgetperf.review;

import com.budgetperf.platform.testing.PlatformTestResources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database {@code review}), Kafka and OIDC for every {@code @QuarkusTest} of this module. */
@QuarkusTestResource(value = PlatformTestResources.class, initArgs = @ResourceArg(name = "database", value = "review"))
public class ReviewTestResources {
}
