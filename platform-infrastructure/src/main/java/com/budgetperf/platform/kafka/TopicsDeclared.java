package com.budgetperf.platform.kafka;

import java.util.List;

/** Fired once by {@link TopicDeclaration} when the broker has every configured topic; the outbox relay may send. */
public record TopicsDeclared(List<String> topics) {
}
