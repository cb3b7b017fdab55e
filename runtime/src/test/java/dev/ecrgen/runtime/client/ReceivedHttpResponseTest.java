package dev.ecrgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.runtime.transport.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpResponse;

class ReceivedHttpResponseTest {

    private static ReceivedHttpResponse received(Map<String, List<String>> headers, String statusText) {
        return new ReceivedHttpResponse(new HttpResponse(200, headers, new byte[] {'{', '}'}, statusText));
    }

    @Test
    void statusAndHeadersAsTheAwsSdkGivesThem() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", List.of("rid-1"));
        headers.put("Content-Type", List.of("application/x-amz-json-1.1"));
        headers.put("X-Dup", List.of("a"));
        headers.put("x-dup", List.of("b"));
        ReceivedHttpResponse response = received(headers, "OK");
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("OK"), response.statusText());
        assertTrue(response.isSuccessful());
        assertEquals(List.of("rid-1"), response.headers().get("X-AMZN-REQUESTID"));
        assertEquals(List.of("a", "b"), response.headers().get("x-dup"));
        assertEquals(Optional.of("application/x-amz-json-1.1"), response.firstMatchingHeader("content-type"));
        assertEquals(3, response.numHeaders());
        assertSame(response.headers(), response.headers());
        assertThrows(UnsupportedOperationException.class, () -> response.headers().remove("x-dup"));
        assertEquals(Optional.empty(), received(Map.of(), null).statusText());
    }

    @Test
    void toBuilderMakesTheAwsSdksResponse() {
        SdkHttpResponse copy = received(Map.of("Date", List.of("Tue, 01 Oct 2024 00:00:00 GMT")), "OK")
                .toBuilder().build();
        assertEquals(200, copy.statusCode());
        assertEquals(Optional.of("OK"), copy.statusText());
        assertEquals(List.of("Tue, 01 Oct 2024 00:00:00 GMT"), copy.headers().get("date"));
    }

    @Test
    void theRequestIdComesFromEitherHeaderElseIsUnknown() {
        Map<String, List<String>> both = new LinkedHashMap<>();
        both.put("x-amz-request-id", List.of("second"));
        both.put("X-Amzn-RequestId", List.of("first"));
        assertEquals("first", received(both, "OK").metadata().requestId());
        assertEquals("second", received(Map.of("x-amz-request-id", List.of("second")), "OK").metadata().requestId());
        assertEquals("UNKNOWN", received(Map.of(), "OK").metadata().requestId());
        AwsResponseMetadata metadata = received(Map.of("X-Amzn-RequestId", List.of("first")), "OK").metadata();
        assertEquals("AwsResponseMetadata(metadata=[AWS_REQUEST_ID, X-Amzn-RequestId])", metadata.toString());
        assertEquals(metadata, received(Map.of("X-Amzn-RequestId", List.of("first")), "OK").metadata());
        assertNotEquals(metadata, received(Map.of("X-Amzn-RequestId", List.of("other")), "OK").metadata());
    }

    @Test
    void survivesSerialization() throws Exception {
        ReceivedHttpResponse response = received(Map.of("x-amzn-RequestId", List.of("rid-9")), "Accepted");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(response);
        }
        ReceivedHttpResponse read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (ReceivedHttpResponse) in.readObject();
        }
        assertEquals(Optional.of("Accepted"), read.statusText());
        assertEquals(List.of("rid-9"), read.headers().get("X-AMZN-REQUESTID"));
        assertEquals("rid-9", read.metadata().requestId());
        assertNull(read.headers().get("missing"));
    }
}
