package com.budgetperf.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's broker taken down and brought back (crash test a in deploy/local): on the same port with the same
 * log directory, the topic, its records and a consumer group's committed offset are still there.
 */
class FixedPortKafkaTests {

    @TempDir
    Path work;

    @Test
    void aRestartedBrokerKeepsTopicsRecordsAndCommittedOffsets() throws Exception {
        int port = freePortPair();
        FixedPortKafka kafka = FixedPortKafka.start(port, work.resolve("kafka"));
        try {
            send(kafka, "before");
            assertEquals(List.of("before"), readAndCommit(kafka, 1));
            send(kafka, "after-commit");

            kafka.stop();
            assertFalse(kafka.running());
            kafka.stop(); // a second stop does nothing
            kafka.restart();
            assertTrue(kafka.running());

            // the group goes on after its committed offset: the first record is not read again, the second is there
            send(kafka, "after-restart");
            assertEquals(List.of("after-commit", "after-restart"), readAndCommit(kafka, 2));
        } finally {
            kafka.stop();
        }
    }

    private static void send(FixedPortKafka kafka, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("restart-test", "key", value)).get();
        }
    }

    private static List<String> readAndCommit(FixedPortKafka kafka, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("restart-test"));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (values.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            consumer.commitSync();
        }
        return values;
    }

    /** A free port whose neighbour (the controller's port) is free too. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            try (ServerSocket controller = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no two neighbouring free ports");
    }
}
