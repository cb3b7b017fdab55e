package dev.ecrgen.runtime.waiter;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.core.waiters.WaiterState;

/**
 * A waiter as the model defines it: its name, the delay between polls, the most polls, and the acceptors in the order
 * they are tried. Immutable.
 *
 * @param <R> the response type of the polled operation
 */
public final class WaiterDefinition<R> {

    private final String serviceName;
    private final String waiterName;
    private final String operationName;
    private final Duration delay;
    private final int maxAttempts;
    private final List<Acceptor<R>> acceptors;

    private WaiterDefinition(String serviceName, String waiterName, String operationName, Duration delay,
            int maxAttempts, List<Acceptor<R>> acceptors) {
        this.serviceName = requireText(serviceName, "serviceName");
        this.waiterName = requireText(waiterName, "waiterName");
        this.operationName = requireText(operationName, "operationName");
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException(label() + " needs a delay of zero or more, got " + delay);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(label() + " needs at least one attempt, got " + maxAttempts);
        }
        if (acceptors == null || acceptors.isEmpty()) {
            throw new IllegalArgumentException(label() + " needs at least one acceptor");
        }
        this.delay = delay;
        this.maxAttempts = maxAttempts;
        this.acceptors = List.copyOf(acceptors);
    }

    /**
     * Defines a waiter.
     *
     * @param serviceName the service's short name, e.g. {@code Ecr}
     * @param waiterName the waiter's name in the model, e.g. {@code ImageScanComplete}
     * @param operationName the polled operation, e.g. {@code DescribeImageScanFindings}
     * @param delaySeconds the model's delay between polls
     * @param maxAttempts the model's most polls
     * @param acceptors the acceptors, in the order they are tried
     * @param <R> the response type
     * @return the definition
     */
    public static <R> WaiterDefinition<R> of(String serviceName, String waiterName, String operationName,
            int delaySeconds, int maxAttempts, List<Acceptor<R>> acceptors) {
        return new WaiterDefinition<>(serviceName, waiterName, operationName, Duration.ofSeconds(delaySeconds),
                maxAttempts, acceptors);
    }

    /**
     * Returns the service's short name.
     *
     * @return the service name
     */
    public String serviceName() {
        return serviceName;
    }

    /**
     * Returns the waiter's name in the model.
     *
     * @return the waiter name
     */
    public String waiterName() {
        return waiterName;
    }

    /**
     * Returns the polled operation.
     *
     * @return the operation name
     */
    public String operationName() {
        return operationName;
    }

    /**
     * Returns the model's delay between polls.
     *
     * @return the delay
     */
    public Duration delay() {
        return delay;
    }

    /**
     * Returns the model's most polls.
     *
     * @return the attempts
     */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Returns the acceptors in the order they are tried.
     *
     * @return the acceptors
     */
    public List<Acceptor<R>> acceptors() {
        return acceptors;
    }

    /**
     * Tells whether some acceptor leads to success; a waiter without one can never succeed.
     *
     * @return true when success is reachable
     */
    public boolean canSucceed() {
        for (Acceptor<R> acceptor : acceptors) {
            if (acceptor.state() == WaiterState.SUCCESS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names the waiter in messages, e.g. {@code Ecr waiter ImageScanComplete}.
     *
     * @return the label
     */
    public String label() {
        return serviceName + " waiter " + waiterName;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("WaiterDefinition needs a " + name + ", got " + value);
        }
        return value;
    }
}
