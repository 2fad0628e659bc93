package com.budgetperf.submission;

import com.budgetperf.platform.testing.PlatformTestResources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL (database {@code submission}), Kafka and OIDC for every {@code @QuarkusTest} of this module. */
@QuarkusTestResource(value = PlatformTestResources.class, initArgs = @ResourceArg(name = "database", value = "submission"))
public class SubmissionTestResources {
}
