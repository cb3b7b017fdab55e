package dev.ecrgen.runtime.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Header look-ups by name, whatever its case. */
class HeadersTest {

    @Test
    void aHeaderIsFoundByItsExactNameOrInAnotherCase() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put(null, List.of("HTTP/1.1 200 OK"));
        headers.put("X-Amz-Date", List.of("20240501T123456Z"));
        headers.put("x-amzn-requestid", List.of("r-1", "r-2"));
        assertTrue(Headers.contains(headers, "X-Amz-Date"));
        assertTrue(Headers.contains(headers, "x-amz-date"));
        assertTrue(Headers.contains(headers, "X-AMZN-REQUESTID"));
        assertFalse(Headers.contains(headers, "Authorization"));
        assertEquals(Optional.of("r-1"), Headers.first(headers, "X-Amzn-RequestId"));
        assertEquals(Optional.empty(), Headers.first(headers, "Authorization"));
    }
}
