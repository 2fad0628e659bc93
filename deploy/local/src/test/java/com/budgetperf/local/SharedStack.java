package com.budgetperf.local;

/**
 * One {@link LocalStack} for all integration tests of this module (they run in one Failsafe JVM): started by the
 * first test class that asks for it, stopped by a JVM shutdown hook when the test run ends.
 */
final class SharedStack {

    private static LocalStack stack;

    private SharedStack() {
    }

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            // a broker stopped and started again in this JVM (CrashIT) may call Exit.exit/halt when it fails during the
            // JVM's shutdown; in a test JVM that must not end the fork before its results are reported
            org.apache.kafka.common.utils.Exit.setExitProcedure((code, message) ->
                    System.err.println("embedded Kafka asked to exit " + code + ": " + message));
            org.apache.kafka.common.utils.Exit.setHaltProcedure((code, message) ->
                    System.err.println("embedded Kafka asked to halt " + code + ": " + message));
            LocalStack starting = LocalStack.fromSystemProperties();
            Runtime.getRuntime().addShutdownHook(new Thread(starting::close, "shared-stack-stop"));
            try {
                starting.start();
            } catch (Exception | Error e) {
                starting.close();
                throw e;
            }
            stack = starting;
        }
        return stack;
    }
}
