package dev.ecrgen.services.ecr.differential;

import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrClient;
import dev.ecrgen.services.ecr.model.EcrException;
import dev.ecrgen.services.ecr.testing.FaultServer;
import dev.ecrgen.services.ecr.testing.FaultServer.Behaviour;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The faults of the retry parity test, each a script a raw loopback server plays, and the clients that meet them: ours
 * (sync and async) and the official ones (sync on two transports, async on Netty), every one with its default retry
 * settings. A run reports how many requests reached the server and how the call ended.
 */
final class FaultParity {
    static final String SUCCESS_BODY = "{\"imageIds\":[{\"imageDigest\":\"sha256:0\",\"imageTag\":\"t\"}]}";

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET"));
    private static final String JSON = "application/x-amz-json-1.1";
    /** Netty's threads, shared by the official async clients: a client's own take seconds to shut down. */
    private static final SdkEventLoopGroup EVENT_LOOPS = SdkEventLoopGroup.builder().numberOfThreads(2).build();
    private static final String PARTIAL_BODY = "{\"imageIds\":[{\"imageDigest\":\"sha256:0";

    private FaultParity() {}

    /** A misbehaving answer to one request, and the attempt timeout both clients get while it plays. */
    enum Fault {
        /** 200 declaring 4,000 bytes, sending 40, then closing the connection. */
        BODY_CUT_SHORT(null, (socket, out) -> {
            partial(out);
            socket.shutdownOutput();
            socket.close();
        }),
        /** 200 with a complete body that is not valid JSON. */
        MALFORMED_JSON(null, (socket, out) -> FaultServer.respond(out, 200, JSON, bytes("{\"imageIds\":[}]}"))),
        /** 200 with a complete plain-text body. */
        NON_JSON_200(null, (socket, out) -> FaultServer.respond(out, 200, "text/plain", bytes("OK, all good"))),
        /** 200 declaring 4,000 bytes, sending 40, then resetting the connection. */
        RESET_MID_BODY(null, (socket, out) -> {
            partial(out);
            socket.setSoLinger(true, 0);
            socket.close();
        }),
        /** 200 declaring 4,000 bytes, sending 40, then nothing until the client hangs up. */
        STALLED_BODY(Duration.ofMillis(500), (socket, out) -> {
            partial(out);
            FaultServer.awaitClientClose(socket);
        }),
        /** 200 with valid JSON of the wrong shape: a string where the response has a list. */
        WRONG_SHAPE_200(null, (socket, out) -> FaultServer.respond(out, 200, JSON, bytes("{\"imageIds\":\"x\"}"))),
        /** 200 with a number where the response has a string: read as its text by both, so never retried. */
        NUMBER_FOR_STRING_200(null, (socket, out) -> FaultServer.respond(out, 200, JSON,
                bytes("{\"imageIds\":[],\"nextToken\":12}"))),
        /** The status codes and error types the AWS SDK decides on, retried or not. */
        INTERNAL_FAILURE_500(null, error(500, "InternalFailure")),
        SERVICE_UNAVAILABLE_503(null, error(503, "ServiceUnavailable")),
        THROTTLING_400(null, error(400, "ThrottlingException")),
        VALIDATION_400(null, error(400, "ValidationException")),
        UNKNOWN_TYPE_400(null, error(400, "com.amazonaws.ecr#BrandNewException"));

        final Duration attemptTimeout;
        final Behaviour behaviour;

        Fault(Duration attemptTimeout, Behaviour behaviour) {
            this.attemptTimeout = attemptTimeout;
            this.behaviour = behaviour;
        }
    }

    /** Whether the fault answers every attempt or only the first, the later ones getting a valid 200. */
    enum Script {
        EVERY_ATTEMPT, FIRST_ATTEMPT;

        Behaviour of(Fault fault) {
            return this == EVERY_ATTEMPT ? fault.behaviour : FaultServer.firstThen(fault.behaviour,
                    FaultParity::succeed);
        }
    }

    /** How a call ended: the requests the server read and the kind of result. */
    record Outcome(int attempts, String kind) {
        @Override
        public String toString() {
            return attempts + " attempt(s), " + kind;
        }
    }

    /** One client meeting a fault. */
    enum Side {
        OURS_SYNC(false) {
            @Override
            Object call(URI endpoint, Duration attemptTimeout) throws Exception {
                try (EcrClient client = EcrClient.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                        .endpointOverride(endpoint).apiCallAttemptTimeout(attemptTimeout).build()) {
                    return warmThenCall(() -> client.listImages(r -> r.repositoryName("x")));
                }
            }
        },
        OURS_ASYNC(true) {
            @Override
            Object call(URI endpoint, Duration attemptTimeout) throws Exception {
                try (EcrAsyncClient client = EcrAsyncClient.builder().region(Region.US_EAST_1)
                        .credentialsProvider(CREDENTIALS).endpointOverride(endpoint)
                        .apiCallAttemptTimeout(attemptTimeout).build()) {
                    return warmThenCall(() -> join(client.listImages(r -> r.repositoryName("x"))));
                }
            }
        },
        OFFICIAL_URL_CONNECTION(false) {
            @Override
            Object call(URI endpoint, Duration attemptTimeout) {
                // its attempt timeout leaves a blocked read to the socket timeout (30 s by default)
                return official(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(1)), endpoint,
                        attemptTimeout);
            }
        },
        OFFICIAL_APACHE5(false) {
            @Override
            Object call(URI endpoint, Duration attemptTimeout) {
                return official(Apache5HttpClient.builder(), endpoint, attemptTimeout);
            }
        },
        OFFICIAL_NETTY(true) {
            @Override
            Object call(URI endpoint, Duration attemptTimeout) throws Exception {
                try (software.amazon.awssdk.services.ecr.EcrAsyncClient client =
                        software.amazon.awssdk.services.ecr.EcrAsyncClient.builder().region(Region.US_EAST_1)
                                .credentialsProvider(CREDENTIALS).endpointOverride(endpoint)
                                .httpClientBuilder(NettyNioAsyncHttpClient.builder().eventLoopGroup(EVENT_LOOPS))
                                .overrideConfiguration(o -> o.apiCallAttemptTimeout(attemptTimeout)).build()) {
                    return warmThenCall(() -> join(client.listImages(r -> r.repositoryName("x"))));
                }
            }
        };

        final boolean async;

        Side(boolean async) {
            this.async = async;
        }

        abstract Object call(URI endpoint, Duration attemptTimeout) throws Exception;

        /** Plays the script against this client on a fresh server, after one normal answer for the warm-up call. */
        Outcome meet(Fault fault, Script script) throws IOException {
            try (FaultServer server = new FaultServer(FaultServer.firstThen(FaultParity::succeed, script.of(fault)))) {
                String kind;
                try {
                    Object response = call(server.endpoint(), fault.attemptTimeout);
                    kind = response == null ? "null response" : "success";
                } catch (Throwable e) {
                    kind = kind(e);
                }
                return new Outcome(server.requests() - 1, kind);
            }
        }
    }

    /** Stops the shared Netty threads. */
    static void shutdown() {
        EVENT_LOOPS.eventLoopGroup().shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    private static Object official(SdkHttpClient.Builder<?> http, URI endpoint, Duration attemptTimeout) {
        try (software.amazon.awssdk.services.ecr.EcrClient client = software.amazon.awssdk.services.ecr.EcrClient
                .builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS).endpointOverride(endpoint)
                .httpClientBuilder(http).overrideConfiguration(o -> o.apiCallAttemptTimeout(attemptTimeout))
                .build()) {
            return warmThenCall(() -> client.listImages(r -> r.repositoryName("x")));
        } catch (Exception e) {
            throw e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
        }
    }

    /**
     * Makes the call twice with the same client: the first, answered normally, loads and warms the client's code and
     * opens its connection, so that no attempt of the second, the measured one, times out for a cold start.
     */
    private static Object warmThenCall(Callable<Object> call) throws Exception {
        call.call();
        return call.call();
    }

    /** Waits for an async result, at most long enough for every attempt of any fault here. */
    private static Object join(CompletableFuture<?> future) throws Exception {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    /**
     * The kind of failure, comparable across the two clients: a service error by status and error code (each client
     * has its own exception classes), anything else by class, which both clients share from the AWS SDK's core.
     */
    static String kind(Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (e instanceof EcrException) {
            EcrException service = (EcrException) e;
            return "service error " + service.statusCode() + " " + service.awsErrorDetails().errorCode();
        }
        if (e instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) e;
            return "service error " + service.statusCode() + " " + service.awsErrorDetails().errorCode();
        }
        return e.getClass().getSimpleName();
    }

    private static void succeed(Socket socket, OutputStream out) throws IOException {
        FaultServer.respond(out, 200, JSON, bytes(SUCCESS_BODY));
    }

    private static void partial(OutputStream out) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + JSON + "\r\nx-amzn-RequestId: fault-req\r\n"
                + "Content-Length: 4000\r\n\r\n" + PARTIAL_BODY).getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static Behaviour error(int status, String type) {
        byte[] body = bytes("{\"__type\":\"" + type + "\",\"message\":\"no\"}");
        return (socket, out) -> FaultServer.respond(out, status, JSON, body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
