package dev.ecrgen.services.ecr.reliability;

import dev.ecrgen.runtime.client.ClientBuilder;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.services.ecr.EcrAsyncClient;
import dev.ecrgen.services.ecr.EcrClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Credentials whose every part carries a marker, and the check that the marker shows up nowhere a user could read it:
 * exception messages, stack traces of whole cause chains, toString output or captured console lines.
 */
final class SecretMarker {
    static final String MARKER = "Zq7SECRETMARKER";
    static final String ACCESS_KEY = "AKID" + MARKER;
    static final String SECRET_KEY = "secret/" + MARKER + "/key";
    static final String SESSION_TOKEN = "token-" + MARKER + "-session";

    private SecretMarker() {}

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN));
    }

    /** A client for a loopback endpoint with the given retry policy and timeouts (null leaves the default). */
    static EcrClient client(URI endpoint, RetryPolicy retry, Duration attemptTimeout, Duration callTimeout) {
        return aimedAt(EcrClient.builder(), endpoint, retry, attemptTimeout, callTimeout);
    }

    /** As {@link #client}, the async client. */
    static EcrAsyncClient asyncClient(URI endpoint, RetryPolicy retry, Duration attemptTimeout, Duration callTimeout) {
        return aimedAt(EcrAsyncClient.builder(), endpoint, retry, attemptTimeout, callTimeout);
    }

    private static <B extends ClientBuilder<B, C, ?>, C> C aimedAt(B builder, URI endpoint, RetryPolicy retry,
            Duration attemptTimeout, Duration callTimeout) {
        builder.region(Region.US_WEST_2).credentialsProvider(credentials())
                .endpointOverride(endpoint).retryPolicy(retry).connectTimeout(Duration.ofSeconds(2));
        if (attemptTimeout != null) {
            builder.apiCallAttemptTimeout(attemptTimeout);
        }
        if (callTimeout != null) {
            builder.apiCallTimeout(callTimeout);
        }
        return builder.build();
    }

    /** The text a user could see of a failure: every message and toString of the chain, with stack traces. */
    static String visibleText(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** Null when the text is clean, else a sentence saying which secret leaked. */
    static String leak(String text) {
        if (text == null) {
            return null;
        }
        if (text.contains(SECRET_KEY) || text.contains("/" + MARKER + "/")) {
            return "the secret access key leaked";
        }
        if (text.contains(SESSION_TOKEN)) {
            return "the session token leaked";
        }
        if (text.contains("Signature=") || text.contains("AWS4-HMAC-SHA256 Credential")) {
            return "an Authorization value leaked";
        }
        return text.contains(MARKER) ? "a credential part leaked" : null;
    }
}
