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
