package com.budgetperf.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness shows whether the topics are declared yet ({@code declared}, {@code pending} with the attempts and the
 * last failure, or {@code off}), but stays UP while they are pending: like a broker outage, a declaration still
 * under way does not take the APIs out; the outbox holds the events until it is done.
 */
@Readiness
@ApplicationScoped
public class TopicsHealth implements HealthCheck {

    private final TopicDeclaration declaration;

    public TopicsHealth(TopicDeclaration declaration) {
        this.declaration = declaration;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-topics")
                .up()
                .withData("declaration", declaration.state())
                .withData("attempts", declaration.attempts());
        String failure = declaration.lastFailure();
        return (failure == null ? response : response.withData("lastFailure", failure)).build();
    }
}
