package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.error.ClockSkew;
import dev.ecrgen.runtime.error.ErrorDecoder;
import dev.ecrgen.runtime.protocol.ErrorFactory;
import dev.ecrgen.runtime.protocol.JsonReader;
import dev.ecrgen.runtime.protocol.JsonToken;
import dev.ecrgen.runtime.protocol.Marshaller;
import dev.ecrgen.runtime.protocol.Unmarshaller;
import dev.ecrgen.runtime.transport.HttpRequest;
import dev.ecrgen.runtime.transport.HttpResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * The AWS JSON protocol steps every invoker shares, whatever its threading: marshalling the request, building and
 * signing each attempt, reading the response and turning error responses into the service's exceptions. The sync and
 * async invokers differ only in how they wait. Thread-safe.
 */
final class InvocationCore {

    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    private static final String RUNTIME_VERSION = "0.1.0";

    private final ServiceInfo service;
    private final ErrorFactory errors;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final EndpointResolver endpoints;
    private final List<String> contentType;
    private final List<String> userAgent;
    private final Clock clock;
    private final CallHooks hooks;
    private volatile long clockOffsetMillis;

    InvocationCore(CommonSettings settings, ErrorFactory errors, EndpointResolver endpoints) {
        this.service = settings.service();
        this.errors = errors;
        this.credentials = settings.credentialsProvider();
        this.clock = settings.clock().orElse(null);
        this.endpoints = endpoints != null ? endpoints : fixed(ResolvedEndpoint.of(settings));
        this.contentType = List.of("application/x-amz-json-" + service.jsonVersion());
        this.userAgent = List.of(userAgent(service));
        this.hooks = settings.hooks();
    }

    private static EndpointResolver fixed(ResolvedEndpoint endpoint) {
        return (operation, request) -> endpoint;
    }

    /**
     * Resolves the endpoint, marshals the request and fixes the per-call values, the request's override configuration
     * among them; a call without an endpoint, or whose request cannot be written, fails here.
     */
    <I> PreparedCall prepare(OperationInfo operation, I request, Marshaller<I> marshaller, String hostPrefix) {
        AwsRequestOverrideConfiguration override = request instanceof AwsRequest
                ? ((AwsRequest) request).overrideConfigurationOrNull() : null;
        CallLabel label = new CallLabel(service.serviceName(), operation.name());
        CallRecord record = hooks.begin(label, service, operation, request);
        try {
            return prepare(operation, request, marshaller, hostPrefix, override, label, record);
        } catch (SdkException e) {
            hooks.failed(record, e);
            throw e;
        }
    }

    private <I> PreparedCall prepare(OperationInfo operation, I request, Marshaller<I> marshaller, String hostPrefix,
            AwsRequestOverrideConfiguration override, CallLabel label, CallRecord record) {
        ResolvedEndpoint endpoint = endpoints.resolve(operation, request);
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
        URI uri = hostPrefix == null || hostPrefix.isEmpty() ? endpoint.requestUri()
                : Endpoints.withHostPrefix(endpoint.requestUri(), hostPrefix);
        if (override != null && override.encodedQuery() != null) {
            uri = CallOverrides.withQuery(uri, override.encodedQuery());
        }
        List<String> target = List.of(service.target(operation.name()));
        return new PreparedCall(label, endpoint, uri, body, gzipped, contentMd5, target,
                List.of(InvocationIds.next()), operation.signed(), override, record);
    }

    /**
     * The request of one attempt, with the override configuration's headers, signed (with its credentials provider,
     * if it has one) unless the operation is sent without authentication.
     */
    HttpRequest attempt(PreparedCall call, int attempt, int maxAttempts) {
        Map<String, List<String>> headers = new LinkedHashMap<>(24);
        headers.put("Content-Type", contentType);
        headers.put("X-Amz-Target", call.target);
        headers.put("Content-Length", List.of(Integer.toString(call.body.length)));
        headers.put("User-Agent", userAgent);
        headers.put("amz-sdk-invocation-id", call.invocationId);
        headers.put("amz-sdk-request", List.of(new StringBuilder(24).append("attempt=").append(attempt)
                .append("; max=").append(maxAttempts).toString()));
        if (call.gzipped) {
            headers.put("Content-Encoding", List.of("gzip"));
        }
        if (call.contentMd5 != null) {
            headers.put("Content-MD5", List.of(call.contentMd5));
        }
        if (!call.endpoint.headers().isEmpty()) {
            headers.putAll(call.endpoint.headers());
        }
        IdentityProvider<? extends AwsCredentialsIdentity> signWith = credentials;
        if (call.override != null) {
            if (!call.override.headers().isEmpty()) {
                CallOverrides.mergeHeaders(headers, call.override.headers());
            }
            if (call.override.credentialsOrNull() != null) {
                signWith = call.override.credentialsOrNull();
            }
        }
        HttpRequest request = hooks.beforeSigning(call.record,
                new HttpRequest("POST", call.uri, headers, call.body), attempt);
        HttpRequest signed = !call.signed ? request
                : call.endpoint.signer().sign(request, Credentials.resolve(signWith, call.label), clockOffsetMillis);
        hooks.sending(call.record, signed);
        return signed;
    }

    /**
     * Notes how an attempt ended, for interceptors, the log and metrics: with a response (2xx when {@code failure} is
     * null, else the failure it was read as) or with a failure and no response.
     */
    void attemptEnded(PreparedCall call, HttpResponse response, SdkException failure) {
        hooks.attemptEnded(call.record, response, failure);
    }

    /** Notes that the call is retried after the failure, in {@code delayMillis}. */
    void retrying(PreparedCall call, SdkException failure, long delayMillis) {
        hooks.retrying(call.record, failure, delayMillis);
    }

    /** Notes that the call failed for good: its interceptors' {@code onExecutionFailure}, the log and metrics. */
    void failed(PreparedCall call, SdkException failure) {
        hooks.failed(call.record, failure);
    }

    /**
     * Reads a 2xx response into the response object and, when it is a generated response, gives it the HTTP response
     * (status, headers, and with them the request id) before it leaves the invoker.
     */
    <O> O read(HttpResponse response, Unmarshaller<O> unmarshaller, CallLabel label) {
        O result = unmarshall(response.body(), unmarshaller, label);
        if (result instanceof AwsResponse) {
            ((AwsResponse) result).received(new ReceivedHttpResponse(response));
        }
        return result;
    }

    /** Runs the call's {@code afterExecution} interceptors on the response object read from a 2xx response. */
    <O> O succeeded(PreparedCall call, O result) {
        return hooks.succeeded(call.record, result);
    }

    /**
     * Reads a 2xx response; an empty body, or one of whitespace only, reads as {@code {}}. A body that cannot be read
     * fails with an {@link SdkClientException} whose cause is the {@link IOException} (retryable) or, for an
     * unmarshaller's own failure, the {@link RuntimeException} (final), as the AWS SDK words and decides it.
     */
    <O> O unmarshall(byte[] body, Unmarshaller<O> unmarshaller, CallLabel label) {
        try {
            JsonReader parser = new JsonReader(isBlank(body) ? EMPTY_OBJECT : body);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw parser.error("Expected a JSON object as the response");
            }
            return unmarshaller.unmarshall(parser);
        } catch (IOException | RuntimeException e) {
            throw SdkClientException.create(label.responseMessage(e), e);
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The service's exception for an error response. Throws instead when the error body cannot be read, since that
     * will not read better on another attempt.
     */
    SdkException serviceFailure(HttpResponse response, CallLabel label) {
        AwsErrorDetails details = ErrorDecoder.decode(service.serviceName(), response.statusCode(),
                response.headers(), response.body(), Duration.ofMillis(-clockOffsetMillis));
        AwsServiceException exception;
        try {
            exception = errors.create(details);
        } catch (IOException e) {
            throw SdkClientException.create(label.errorResponseMessage(response.statusCode(), e), e);
        }
        if (exception == null) {
            throw SdkClientException.create(label.errorResponseMessage(response.statusCode(),
                    new IllegalStateException("the ErrorFactory returned no exception for " + details.errorCode())));
        }
        return exception;
    }

    /** After a clock skew error, dates later signatures by the server's clock. */
    void adjustClockForSkew(SdkException failure) {
        if (failure instanceof AwsServiceException && ((AwsServiceException) failure).isClockSkewException()) {
            long now = clock == null ? System.currentTimeMillis() : clock.millis();
            long offset = ClockSkew.offsetMillis(((AwsServiceException) failure).awsErrorDetails(), now);
            if (offset != 0) {
                clockOffsetMillis = offset;
            }
        }
    }

    /** Attaches the failures of earlier attempts to the final one. */
    static SdkException withHistory(SdkException failure, List<SdkException> earlierFailures) {
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
}
