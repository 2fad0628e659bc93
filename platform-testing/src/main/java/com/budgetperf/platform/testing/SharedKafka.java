package com.budgetperf.platform.testing;

import kafka.server.BrokerServer;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real Kafka 4 KRaft broker per test JVM (combined broker and controller, in-process). The broker
 * can be stopped and started again on the same port, to test what happens while it is unreachable.
 */
public final class SharedKafka {

    private static KafkaClusterTestKit cluster;
    private static boolean brokerDown;

    private SharedKafka() {
    }

    public static synchronized String start() {
        if (cluster == null) {
            // A broker that fails while the test JVM shuts down calls Exit.exit/halt, which would end the JVM with a
            // non-zero code after every test passed; in a test JVM the broker must not decide that.
            Exit.setExitProcedure((code, message) -> System.err.println("embedded Kafka asked to exit " + code + ": " + message));
            Exit.setHaltProcedure((code, message) -> System.err.println("embedded Kafka asked to halt " + code + ": " + message));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("num.partitions", "3")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
            } catch (Exception e) {
                throw new IllegalStateException("embedded Kafka broker did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedKafka::stop, "embedded-kafka-stop"));
        }
        return cluster.bootstrapServers();
    }

    public static String bootstrapServers() {
        return start();
    }

    /** Takes the broker down; clients see connection refused until {@link #startBroker()}. */
    public static synchronized void stopBroker() {
        BrokerServer broker = broker();
        broker.shutdown();
        broker.awaitShutdown();
        brokerDown = true;
    }

    /** Brings the broker back on the same port with the same log directory. */
    public static synchronized void startBroker() {
        broker().startup();
        try {
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka broker did not come back", e);
        }
        brokerDown = false;
    }

    /** Brings the broker back if a test left it down. */
    public static synchronized void ensureBrokerUp() {
        if (brokerDown) {
            startBroker();
        }
    }

    private static BrokerServer broker() {
        start();
        return cluster.brokers().values().iterator().next();
    }

    public static synchronized void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                System.err.println("embedded Kafka did not stop cleanly: " + e);
            }
            cluster = null;
        }
    }
}
