package dev.ecrgen.runtime.waiter;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Thrown (or, for async waiters, completing the future) when a waiter ends without reaching success. The message
 * names the waiter, how many polls it made and why it stopped; {@link #reason()} says the same for code.
 */
public final class WaiterFailedException extends SdkClientException {

    private static final long serialVersionUID = 1L;

    /** Why a waiter stopped without success. */
    public enum Reason {
        /** An acceptor with the failure state matched: the resource will not reach the wanted state. */
        FAILURE_STATE,
        /** A poll failed with an exception no acceptor expects. */
        UNEXPECTED_EXCEPTION,
        /** Every allowed poll was made without success. */
        MAX_ATTEMPTS_EXCEEDED,
        /** The next poll would come after the wait timeout. */
        TIMEOUT,
        /** No acceptor of the waiter leads to success, so it was not started. */
        CANNOT_SUCCEED,
        /** The waiting thread was interrupted. */
        INTERRUPTED
    }

    private final Reason reason;
    private final String waiterName;
    private final int attemptsExecuted;
    private final transient Object lastResponse;

    WaiterFailedException(Reason reason, String waiterName, int attemptsExecuted, Object lastResponse,
            String message, Throwable cause) {
        super(SdkClientException.builder().message(message).cause(cause));
        this.reason = reason;
        this.waiterName = waiterName;
        this.attemptsExecuted = attemptsExecuted;
        this.lastResponse = lastResponse;
    }

    /**
     * Returns why the waiter stopped.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
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
     * Returns how many polls were made.
     *
     * @return the number of attempts
     */
    public int attemptsExecuted() {
        return attemptsExecuted;
    }

    /**
     * Returns the response of the last poll, when it returned one; the exception of the last poll, if any, is the
     * cause.
     *
     * @return the last response, or null
     */
    public Object lastResponse() {
        return lastResponse;
    }
}
