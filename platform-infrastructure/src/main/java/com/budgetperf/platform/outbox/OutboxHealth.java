package com.budgetperf.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness shows the outbox backlog but stays UP while the broker is away: the outbox exists to ride out a broker
 * outage, so the APIs stay in service and the backlog is relayed when the broker is back. (Kafka and the messaging
 * channels are not readiness checks, see META-INF/microprofile-config.properties.)
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxRelay relay;

    public OutboxHealth(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox")
                .up()
                .withData("pending", relay.pending())
                .withData("parked", relay.parked())
                .build();
    }
}
