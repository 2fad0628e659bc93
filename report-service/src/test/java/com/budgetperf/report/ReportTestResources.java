package com.budgetperf.report;

import com.budgetperf.platform.testing.PlatformTestResources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Holder of this module's test infrastructure: every {@code @QuarkusTest} here runs against real PostgreSQL
 * (its own database {@code report}), the in-JVM Kafka broker and the test OIDC provider.
 */
@QuarkusTestResource(value = PlatformTestResources.class, initArgs = @ResourceArg(name = "database", value = "report"))
public class ReportTestResources {
}
