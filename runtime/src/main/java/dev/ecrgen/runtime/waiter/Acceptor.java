package dev.ecrgen.runtime.waiter;

import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.jmespath.Jmes;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.waiters.WaiterState;

/**
 * One acceptor of a waiter: a test of a poll's outcome (a response or an exception) and the state the waiter moves to
 * when it passes. Immutable.
 *
 * @param <R> the response type of the polled operation
 */
public final class Acceptor<R> {

    /** The HTTP status of every successful response of the AWS JSON protocols. */
    static final int SUCCESS_STATUS = 200;

    private final WaiterState state;
    private final String description;
    private final Predicate<? super R> onResponse;
    private final Predicate<Throwable> onError;

    private Acceptor(WaiterState state, String description, Predicate<? super R> onResponse,
            Predicate<Throwable> onError) {
        this.state = Objects.requireNonNull(state, "state");
        this.description = Objects.requireNonNull(description, "description");
        this.onResponse = onResponse;
        this.onError = onError;
    }

    /**
     * The {@code path} matcher: the expression's value equals the expected value.
     *
     * @param state the state when it matches
     * @param expression the expression's text, for messages
     * @param expected the expected value
     * @param path the compiled expression
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> path(WaiterState state, String expression, Object expected,
            Function<? super R, ?> path) {
        Objects.requireNonNull(path, "path");
        return new Acceptor<>(state, "path " + expression + " == " + show(expected),
                response -> Jmes.equal(path.apply(response), expected), null);
    }

    /**
     * The {@code pathAll} matcher: the expression gives a non-empty list whose every element equals the expected value.
     *
     * @param state the state when it matches
     * @param expression the expression's text, for messages
     * @param expected the expected value
     * @param path the compiled expression
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> pathAll(WaiterState state, String expression, Object expected,
            Function<? super R, ?> path) {
        Objects.requireNonNull(path, "path");
        return new Acceptor<>(state, "pathAll " + expression + " == " + show(expected),
                response -> Jmes.all(path.apply(response), expected), null);
    }

    /**
     * The {@code pathAny} matcher: the expression gives a list with at least one element equal to the expected value.
     *
     * @param state the state when it matches
     * @param expression the expression's text, for messages
     * @param expected the expected value
     * @param path the compiled expression
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> pathAny(WaiterState state, String expression, Object expected,
            Function<? super R, ?> path) {
        Objects.requireNonNull(path, "path");
        return new Acceptor<>(state, "pathAny " + expression + " == " + show(expected),
                response -> Jmes.any(path.apply(response), expected), null);
    }

    /**
     * The {@code status} matcher: the HTTP status of the response or of the service's error. Successful responses of
     * the AWS JSON protocols always have status 200.
     *
     * @param state the state when it matches
     * @param status the expected HTTP status
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> status(WaiterState state, int status) {
        return new Acceptor<>(state, "status " + status, response -> status == SUCCESS_STATUS,
                error -> error instanceof SdkServiceException && ((SdkServiceException) error).statusCode() == status);
    }

    /**
     * The {@code error} matcher with an error code: the service answered with that error.
     *
     * @param state the state when it matches
     * @param errorCode the expected error code, e.g. {@code ImageNotFoundException}
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> error(WaiterState state, String errorCode) {
        Objects.requireNonNull(errorCode, "errorCode");
        return new Acceptor<>(state, "error " + errorCode, null, error -> errorCode.equals(errorCode(error)));
    }

    /**
     * The {@code error} matcher with a boolean: {@code true} matches any error, {@code false} any response.
     *
     * @param state the state when it matches
     * @param expected whether an error is expected
     * @param <R> the response type
     * @return the acceptor
     */
    public static <R> Acceptor<R> error(WaiterState state, boolean expected) {
        return new Acceptor<>(state, expected ? "any error" : "no error", expected ? null : response -> true,
                expected ? error -> true : null);
    }

    /**
     * Returns the state the waiter moves to when this acceptor matches.
     *
     * @return the state
     */
    public WaiterState state() {
        return state;
    }

    /**
     * Describes the test, e.g. {@code path imageScanStatus.status == "COMPLETE"}.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Tests a response; an expression that cannot be evaluated does not match.
     *
     * @param response the polled response
     * @return whether the acceptor matches
     */
    public boolean matches(R response) {
        if (onResponse == null) {
            return false;
        }
        try {
            return onResponse.test(response);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Tests the exception a poll ended with.
     *
     * @param error the exception
     * @return whether the acceptor matches
     */
    public boolean matchesError(Throwable error) {
        return onError != null && onError.test(error);
    }

    @Override
    public String toString() {
        return state.name().toLowerCase(java.util.Locale.ROOT) + " when " + description;
    }

    private static String errorCode(Throwable error) {
        if (error instanceof AwsServiceException) {
            return ((AwsServiceException) error).awsErrorDetails().errorCode();
        }
        return null;
    }

    private static String show(Object expected) {
        return expected instanceof CharSequence ? "\"" + expected + "\"" : String.valueOf(expected);
    }
}
