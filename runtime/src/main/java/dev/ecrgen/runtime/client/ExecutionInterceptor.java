package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.transport.HttpRequest;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * A hook into every call of a client, as the AWS SDK's {@code ExecutionInterceptor}: registered on the client builder
 * with {@code addExecutionInterceptor}, it sees each call start, may change each attempt's HTTP request before it is
 * signed (to add a tracing header, say), and sees the call end, successfully or not. Interceptors run in the order
 * they were added, on the thread that runs the call (for an async client, the thread that completes the attempt), and
 * must be thread-safe: one instance sees the calls of every thread.
 *
 * <p>An exception thrown by {@link #beforeExecution}, {@link #modifyHttpRequest} or {@link #afterExecution} fails the
 * call, without retrying, with an {@link software.amazon.awssdk.core.exception.SdkClientException} that names the
 * interceptor, the method and the operation and has the exception as its cause; {@link #onExecutionFailure} is then
 * called as for any failure. An exception thrown by {@code onExecutionFailure} itself is added to the call's failure as
 * a suppressed exception.
 */
public interface ExecutionInterceptor {

    /**
     * Called once per call, before the endpoint is resolved and the request written.
     *
     * @param context the call; no HTTP request or response yet
     */
    default void beforeExecution(Context context) {
    }

    /**
     * Called for each attempt with its HTTP request before it is signed; what it returns is signed and sent, so
     * headers added here are covered by the signature.
     *
     * @param context the call, with the attempt number
     * @param request the attempt's unsigned request
     * @return the request to sign and send; the given one to leave it as it is
     */
    default HttpRequest modifyHttpRequest(Context context, HttpRequest request) {
        return request;
    }

    /**
     * Called once when a call succeeded, with its response read, before the caller gets it.
     *
     * @param context the call, with its last HTTP request and response, response object and request id
     */
    default void afterExecution(Context context) {
    }

    /**
     * Called once when a call failed, whatever the reason (a service error after the last attempt, a time limit, a
     * transport failure, an interceptor's exception).
     *
     * @param context the call, with what is known of it when it failed
     * @param failure the exception the caller gets
     */
    default void onExecutionFailure(Context context, Throwable failure) {
    }

    /** What an interceptor sees of a call; read it only during the interceptor's method. */
    interface Context {

        /**
         * Returns the service's name as in its exceptions, e.g. {@code Ecr}.
         *
         * @return the service name
         */
        String serviceName();

        /**
         * Returns the operation's name as in the model, e.g. {@code ListImages}.
         *
         * @return the operation name
         */
        String operationName();

        /**
         * Returns the request object the caller passed (a generated request, or null for none).
         *
         * @return the request object, or null
         */
        Object request();

        /**
         * Returns the number of the current or last attempt, from 1; 0 before the first.
         *
         * @return the attempt count
         */
        int attemptCount();

        /**
         * Returns the HTTP request of the current or last attempt, as signed and sent.
         *
         * @return the HTTP request, empty before the first attempt is signed
         */
        Optional<HttpRequest> httpRequest();

        /**
         * Returns the status and headers of the last HTTP response received.
         *
         * @return the HTTP response, empty when none was received
         */
        Optional<SdkHttpResponse> httpResponse();

        /**
         * Returns the request id of the last response received ({@code x-amzn-RequestId}).
         *
         * @return the request id, empty when no response carried one
         */
        Optional<String> requestId();

        /**
         * Returns the response object of a call that succeeded.
         *
         * @return the response object, empty until the call succeeded
         */
        Optional<Object> response();
    }
}
