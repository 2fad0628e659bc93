package com.budgetperf.platform.reliability;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.budgetperf.platform.consumer.EventConsumers;
import com.budgetperf.platform.consumer.EventRoutes;
import com.budgetperf.platform.consumer.RoutedConsumer;
import com.budgetperf.platform.events.EventTopics;

import io.smallrye.common.annotation.Blocking;

/** A consumer built like the services' ones: a route table and a channel that hands records to the platform. */
@ApplicationScoped
public class TallyConsumer implements RoutedConsumer {

    public static final String TYPE = "test.tally.counted.v1";

    /** The event's own record. */
    public record Counted(String key, int amount) {
    }

    private final EventConsumers consumers;
    private final EventRoutes routes;

    public TallyConsumer(EventConsumers consumers, EntityManager entityManager) {
        this.consumers = consumers;
        this.routes = EventRoutes.of(EventTopics.SUBMISSIONS, "platform-test")
                .on(TYPE, Counted.class, counted -> entityManager.createNativeQuery(
                        "insert into tally (tally_key, total, applied) values (?1, ?2, 1) on conflict (tally_key) "
                                + "do update set total = tally.total + excluded.total, applied = tally.applied + 1")
                        .setParameter(1, counted.key()).setParameter(2, counted.amount()).executeUpdate());
    }

    @Override
    public List<EventRoutes> routes() {
        return List.of(routes);
    }

    @Incoming(EventTopics.SUBMISSIONS)
    @Blocking
    public void receive(ConsumerRecord<String, String> record) {
        consumers.consume(record, routes);
    }
}
