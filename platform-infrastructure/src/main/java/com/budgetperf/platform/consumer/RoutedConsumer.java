package com.budgetperf.platform.consumer;

import java.util.List;

/**
 * A service's consumer (in its {@code messaging/in} package): it declares one route table per topic it reads and
 * passes each record of its {@code @Incoming @Blocking} channels to {@link EventConsumers#consume} (no transaction of
 * its own). The platform finds every one of them to replay a dead-letter topic with the same routes.
 */
public interface RoutedConsumer {

    List<EventRoutes> routes();
}
