package com.budgetperf.platform.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.budgetperf.platform.testing.SharedKafka;

/** Reads a topic from the beginning as an outside consumer would. */
final class TopicRecords {

    private TopicRecords() {
    }

    /** Every matching record, in partition order, read until {@code expected} were seen or {@code timeout} passed. */
    static List<ConsumerRecord<String, String>> read(String topic, Predicate<ConsumerRecord<String, String>> match,
            int expected, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && match.test(record)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
