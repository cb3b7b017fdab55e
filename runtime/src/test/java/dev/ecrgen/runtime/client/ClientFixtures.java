package dev.ecrgen.runtime.client;

import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.error.AwsServiceException;
import dev.ecrgen.runtime.protocol.ErrorFactory;
import dev.ecrgen.runtime.protocol.JsonToken;
import dev.ecrgen.runtime.protocol.Marshaller;
import dev.ecrgen.runtime.protocol.Unmarshaller;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.retry.Sleeper;
import dev.ecrgen.runtime.testing.LoopbackServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** What the client tests share: a service description, a builder, codecs and an error factory. */
final class ClientFixtures {

    static final ServiceInfo ECR = new ServiceInfo("ECR", "Ecr", "ecr", "api.ecr",
            "AmazonEC2ContainerRegistry_V20150921", "1.1");
    static final OperationInfo LIST_IMAGES = OperationInfo.of("ListImages");
    static final Instant NOW = Instant.parse("2024-05-01T12:34:56Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String ACCESS_KEY = "AKIDTEST";
    static final String SECRET_KEY = "test/secret+key";
    static final AwsCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));

    /** Writes a map of strings as a JSON object. */
    static final Marshaller<Map<String, String>> MAP_WRITER = (value, writer) -> {
        writer.writeStartObject();
        for (Map.Entry<String, String> entry : value.entrySet()) {
            writer.writeFieldName(entry.getKey());
            writer.writeString(entry.getValue());
        }
        writer.writeEndObject();
    };

    /** Reads the string members of a JSON object. */
    static final Unmarshaller<Map<String, String>> MAP_READER = parser -> {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalStateException("unmarshaller called on " + parser.currentToken());
        }
        Map<String, String> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                values.put(name, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return values;
    };

    /** The service's exception, as generated code would declare it. */
    static final class EcrException extends AwsServiceException {
        private static final long serialVersionUID = 1L;

        EcrException(AwsErrorDetails details) {
            super(details, null);
        }
    }

    static final ErrorFactory ERRORS = EcrException::new;

    /** A builder as generated code would extend it. */
    static final class TestBuilder extends SyncClientBuilder<TestBuilder, ClientSettings> {
        @Override
        public ClientSettings build() {
            return resolveSettings(ECR);
        }
    }

    /** Records waits instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Long> waits = new ArrayList<>();

        @Override
        public synchronized void sleep(long millis) {
            waits.add(millis);
        }
    }

    /** A builder aimed at the loopback server with fixed credentials, clock and a sleeper that does not sleep. */
    static TestBuilder builder(LoopbackServer server, RecordingSleeper sleeper) {
        return new TestBuilder()
                .region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(server.uri())
                .signingClock(CLOCK)
                .retryPolicy(RetryPolicy.defaults().toBuilder().sleeper(sleeper).build());
    }

    private ClientFixtures() {
    }
}
