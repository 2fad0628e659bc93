package com.budgetperf.platform.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.budgetperf.platform.events.CloudEvent;
import com.budgetperf.platform.events.EventTopics;

/**
 * One consumer's route table for one topic: event type → schema record and handler. The same table serves the
 * live channel, a dead-letter replay and any rebuild, so every path applies an event with the same code.
 * <pre>{@code EventRoutes.of(EventTopics.REVIEWS, "submission-service")
 *         .on(ReviewDecided.APPROVED, ReviewDecided.class, outcomes::approved)}</pre>
 * Types without a route are passed over (a topic carries an aggregate's whole life).
 */
public final class EventRoutes {

    /** Applies one event's data; the envelope gives its id and time. */
    @FunctionalInterface
    public interface Handler<T> {
        void apply(T data, CloudEvent event);
    }

    /** Runs for every record read from the topic, routed or not, in the same transaction (e.g. a read position). */
    @FunctionalInterface
    public interface RecordObserver {
        void seen(ConsumerRecord<String, String> record, CloudEvent event);
    }

    /** How one event type is read and applied. */
    public record Route<T>(Class<T> schema, Handler<T> handler) {
    }

    private final String topic;
    private final String consumer;
    private final Map<String, Route<?>> routes;
    private final RecordObserver observer;

    private EventRoutes(String topic, String consumer, Map<String, Route<?>> routes, RecordObserver observer) {
        this.topic = topic;
        this.consumer = consumer;
        this.routes = Map.copyOf(routes);
        this.observer = observer;
    }

    /**
     * @param consumer the name under which this consumer's processed event ids are remembered (usually the service)
     */
    public static EventRoutes of(String topic, String consumer) {
        EventTopics.ownerSource(topic);
        return new EventRoutes(topic, consumer, Map.of(), (record, event) -> { });
    }

    /** Routes {@code type} to a handler that needs the data only. */
    public <T> EventRoutes on(String type, Class<T> schema, Consumer<T> handler) {
        return onEvent(type, schema, (data, event) -> handler.accept(data));
    }

    /** Routes {@code type} to a handler that also reads the envelope (event id, time). */
    public <T> EventRoutes onEvent(String type, Class<T> schema, Handler<T> handler) {
        if (routes.containsKey(type)) {
            throw new IllegalArgumentException(type + " is routed twice on " + topic);
        }
        Map<String, Route<?>> more = new HashMap<>(routes);
        more.put(type, new Route<>(schema, handler));
        return new EventRoutes(topic, consumer, more, observer);
    }

    public EventRoutes afterEachRecord(RecordObserver recordObserver) {
        return new EventRoutes(topic, consumer, routes, recordObserver);
    }

    public String topic() {
        return topic;
    }

    public String consumer() {
        return consumer;
    }

    /** The only {@code source} this topic's events are accepted from. */
    public String ownerSource() {
        return EventTopics.ownerSource(topic);
    }

    public Route<?> route(String type) {
        return routes.get(type);
    }

    public Map<String, Route<?>> routes() {
        return routes;
    }

    RecordObserver observer() {
        return observer;
    }
}
