package com.budgetperf.platform.reliability;

import com.budgetperf.platform.testing.PlatformTestResources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The platform's own tests run against real PostgreSQL (database {@code platform}), Kafka and the OIDC provider. */
@QuarkusTestResource(value = PlatformTestResources.class, initArgs = @ResourceArg(name = "database", value = "platform"))
public class PlatformTestApp {
}
