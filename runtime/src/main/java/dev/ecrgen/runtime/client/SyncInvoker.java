package dev.ecrgen.runtime.client;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.error.ClockSkew;
import dev.ecrgen.runtime.error.ErrorDecoder;
import dev.ecrgen.runtime.protocol.ErrorFactory;
import dev.ecrgen.runtime.protocol.Json;
import dev.ecrgen.runtime.protocol.Marshaller;
import dev.ecrgen.runtime.protocol.Unmarshaller;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.retry.RetryQuota;
import dev.ecrgen.runtime.retry.RetryState;
import dev.ecrgen.runtime.signing.Sigv4;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import dev.ecrgen.runtime.transport.SyncTransport;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * Runs calls of the AWS JSON protocol: marshals the request, signs and sends it (again, per the retry policy, after
 * retryable failures), and unmarshals the response or turns the error into the service's exception. One per client;
 * thread-safe.
 */
public final class SyncInvoker implements AutoCloseable {

    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private static final String RUNTIME_VERSION = "0.1.0";

    private final ServiceInfo service;
    private final ErrorFactory errors;
    private final SyncTransport transport;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final Sigv4 signer;
    private final RetryPolicy retryPolicy;
    private final RetryQuota retryQuota;
    private final URI requestUri;
    private final List<String> contentType;
    private final List<String> userAgent;
    private final long callTimeoutNanos;
    private final long attemptTimeoutNanos;
    private final Clock clock;
    private volatile long clockOffsetMillis;

    /**
     * Creates the invoker for a client.
     *
     * @param settings the client's resolved settings
     * @param errors maps error responses to the service's exceptions
     */
    public SyncInvoker(ClientSettings settings, ErrorFactory errors) {
        if (settings == null || errors == null) {
            throw new IllegalArgumentException("SyncInvoker needs ClientSettings and an ErrorFactory, got "
                    + settings + " and " + errors);
        }
        this.service = settings.service();
        this.errors = errors;
        this.transport = settings.transport();
        this.credentials = settings.credentialsProvider();
        this.clock = settings.clock().orElse(null);
        this.signer = new Sigv4(service.signingName(), settings.region().id(), clock);
        this.retryPolicy = settings.retryPolicy();
        this.retryQuota = retryPolicy.newQuota();
        this.requestUri = Endpoints.requestUri(settings.endpoint());
        this.contentType = List.of("application/x-amz-json-" + service.jsonVersion());
        this.userAgent = List.of(userAgent(service));
        this.callTimeoutNanos = nanos(settings.apiCallTimeout().orElse(null));
        this.attemptTimeoutNanos = nanos(settings.apiCallAttemptTimeout().orElse(null));
    }

    /**
     * Runs one call.
     *
     * @param operation the operation
     * @param request the request object; null sends {@code {}}
     * @param marshaller writes the request as a JSON object
     * @param unmarshaller reads the response object
     * @param hostPrefix the resolved host prefix, e.g. {@code data.}, or null
     * @param <I> the request type
     * @param <O> the response type
     * @return the response object
     * @throws AwsServiceException the service's exception when the call failed at the service
     * @throws SdkClientException when the call could not be sent or its response not read, naming the operation;
     *     {@link software.amazon.awssdk.core.exception.ApiCallTimeoutException} and
     *     {@link software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException} when a time limit was hit
     */
    public <I, O> O invoke(OperationInfo operation, I request, Marshaller<I> marshaller, Unmarshaller<O> unmarshaller,
            String hostPrefix) {
        if (operation == null || unmarshaller == null || (request != null && marshaller == null)) {
            throw new IllegalArgumentException("invoke needs an OperationInfo, an Unmarshaller and, for a request,"
                    + " a Marshaller");
        }
        CallLabel label = new CallLabel(service.serviceName(), operation.name());
        byte[] body;
        boolean gzipped;
        try {
            body = RequestBodies.marshal(request, marshaller);
            gzipped = RequestBodies.shouldGzip(operation, body.length);
            if (gzipped) {
                body = RequestBodies.gzip(body);
            }
        } catch (IOException e) {
            throw SdkClientException.create(label.marshallMessage(e), e);
        }
        String contentMd5 = operation.checksumRequired() ? RequestBodies.md5Base64(body) : null;
        URI uri = hostPrefix == null || hostPrefix.isEmpty() ? requestUri
                : Endpoints.withHostPrefix(requestUri, hostPrefix);
        List<String> target = List.of(new StringBuilder(64).append(service.targetPrefix()).append('.')
                .append(operation.name()).toString());
        List<String> invocationId = List.of(InvocationIds.next());

        CallTimer timer = new CallTimer(callTimeoutNanos, attemptTimeoutNanos);
        RetryState retry = new RetryState(retryPolicy, retryQuota);
        List<SdkException> earlierFailures = null;
        while (true) {
            if (timer.callExpired()) {
                throw withHistory(timer.callTimeout(label, null), earlierFailures);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>(24);
            headers.put("Content-Type", contentType);
            headers.put("X-Amz-Target", target);
            headers.put("Content-Length", List.of(Integer.toString(body.length)));
            headers.put("User-Agent", userAgent);
            headers.put("amz-sdk-invocation-id", invocationId);
            headers.put("amz-sdk-request", List.of(new StringBuilder(24).append("attempt=").append(retry.attempt())
                    .append("; max=").append(retry.maxAttempts()).toString()));
            if (gzipped) {
                headers.put("Content-Encoding", List.of("gzip"));
            }
            if (contentMd5 != null) {
                headers.put("Content-MD5", List.of(contentMd5));
            }
            HttpRequest signed = signer.sign(new HttpRequest("POST", uri, headers, body),
                    resolveCredentials(label), clockOffsetMillis);

            SdkException failure;
            Duration budget = timer.beginAttempt();
            try {
                HttpResponse response = transport.execute(signed, budget);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    retry.onSuccess();
                    return unmarshall(response.body(), unmarshaller, label);
                }
                failure = serviceFailure(response, label);
            } catch (IOException e) {
                failure = timer.failure(e, label);
            }
            adjustClockForSkew(failure);
            long delay = retry.onFailure(failure, ThreadLocalRandom.current());
            if (delay < 0) {
                if (failure instanceof AwsServiceException) {
                    ((AwsServiceException) failure).withAttemptCount(retry.attempt());
                }
                throw withHistory(failure, earlierFailures);
            }
            if (earlierFailures == null) {
                earlierFailures = new ArrayList<>(retry.maxAttempts());
            }
            earlierFailures.add(failure);
            waitBeforeRetry(delay, timer, label, failure, earlierFailures);
        }
    }

    private AwsCredentialsIdentity resolveCredentials(CallLabel label) {
        AwsCredentialsIdentity identity;
        try {
            if (credentials instanceof AwsCredentialsProvider) {
                identity = ((AwsCredentialsProvider) credentials).resolveCredentials();
            } else {
                identity = credentials.resolveIdentity().join();
            }
        } catch (SdkException e) {
            throw e;
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SdkException) {
                throw (SdkException) cause;
            }
            throw SdkClientException.create(label.credentialsMessage(cause), cause);
        } catch (RuntimeException e) {
            throw SdkClientException.create(label.credentialsMessage(e), e);
        }
        if (identity == null) {
            throw SdkClientException.create(label.credentialsMessage(new IllegalStateException(
                    "the credentials provider returned no credentials")));
        }
        return identity;
    }

    private static <O> O unmarshall(byte[] body, Unmarshaller<O> unmarshaller, CallLabel label) {
        try (JsonParser parser = Json.parser(body.length == 0 ? EMPTY_OBJECT : body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return unmarshall(EMPTY_OBJECT, unmarshaller, label);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new JsonParseException(parser, "Expected a JSON object as the response");
            }
            return unmarshaller.unmarshall(parser);
        } catch (IOException e) {
            throw SdkClientException.create(label.responseMessage(e), e);
        }
    }

    private SdkException serviceFailure(HttpResponse response, CallLabel label) {
        AwsErrorDetails details = ErrorDecoder.decode(service.serviceName(), response.statusCode(),
                response.headers(), response.body());
        AwsServiceException exception;
        try {
            exception = errors.create(details);
        } catch (IOException e) {
            // Thrown at once: a body the error shape cannot read will not read better on another attempt.
            throw SdkClientException.create(label.errorResponseMessage(response.statusCode(), e), e);
        }
        if (exception == null) {
            throw SdkClientException.create(label.errorResponseMessage(response.statusCode(),
                    new IllegalStateException("the ErrorFactory returned no exception for " + details.errorCode())));
        }
        return exception;
    }

    private void adjustClockForSkew(SdkException failure) {
        if (failure instanceof AwsServiceException && ((AwsServiceException) failure).isClockSkewException()) {
            long now = clock == null ? System.currentTimeMillis() : clock.millis();
            long offset = ClockSkew.offsetMillis(((AwsServiceException) failure).awsErrorDetails(), now);
            if (offset != 0) {
                clockOffsetMillis = offset;
            }
        }
    }

    private void waitBeforeRetry(long delayMillis, CallTimer timer, CallLabel label, SdkException failure,
            List<SdkException> earlierFailures) {
        long remaining = timer.remainingCallMillis();
        boolean expiresFirst = remaining <= delayMillis;
        try {
            retryPolicy.sleeper().sleep(expiresFirst ? remaining : delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw withHistory(AbortedException.create(label.interruptedMessage(), e), earlierFailures);
        }
        if (expiresFirst) {
            earlierFailures.remove(earlierFailures.size() - 1);
            throw withHistory(timer.callTimeout(label, failure), earlierFailures);
        }
    }

    private static SdkException withHistory(SdkException failure, List<SdkException> earlierFailures) {
        if (earlierFailures != null) {
            for (int i = 0; i < earlierFailures.size(); i++) {
                failure.addSuppressed(earlierFailures.get(i));
            }
        }
        return failure;
    }

    private static String userAgent(ServiceInfo service) {
        return new StringBuilder(96).append("ecrgen/").append(RUNTIME_VERSION)
                .append(" api/").append(service.serviceId().replace(' ', '_'))
                .append(" os/").append(System.getProperty("os.name", "unknown").replace(' ', '_'))
                .append(" lang/java#").append(System.getProperty("java.version", "unknown"))
                .toString();
    }

    private static long nanos(Duration duration) {
        if (duration == null) {
            return 0;
        }
        return duration.getSeconds() >= 1_000_000_000L ? 1_000_000_000L * 1_000_000_000L : duration.toNanos();
    }

    /** Closes the client's transport. */
    @Override
    public void close() {
        transport.close();
    }
}
