package dev.ecrgen.benchmarks.jmh;

import dev.ecrgen.benchmarks.payload.CannedReplies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client for the official SDK that answers from memory with the canned body for the call's operation. It
 * reads the request body through, as a real HTTP client would send it.
 */
final class InMemorySdkHttpClient implements SdkHttpClient {

    private final CannedReplies replies = new CannedReplies();

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                Optional<ContentStreamProvider> content = request.contentStreamProvider();
                if (content.isPresent()) {
                    try (InputStream in = content.get().newStream()) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                byte[] body = replies.forTarget(request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse(null));
                int status = 200;
                if (body == null) {
                    status = 400;
                    body = replies.unknownOperation();
                }
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder()
                                .statusCode(status)
                                .putHeader("Content-Type", "application/x-amz-json-1.1")
                                .putHeader("x-amzn-RequestId", "00000000-0000-4000-8000-000000000000")
                                .putHeader("Content-Length", Integer.toString(body.length))
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                // nothing is in flight
            }
        };
    }

    @Override
    public void close() {
        // nothing to release
    }

}
