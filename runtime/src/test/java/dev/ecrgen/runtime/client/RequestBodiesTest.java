package dev.ecrgen.runtime.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Test
    void compressesFromTenKibibytesWhenGzipIsListed() {
        OperationInfo gzip = new OperationInfo("PutImage", false, List.of("GZIP"));
        assertFalse(RequestBodies.shouldGzip(gzip, 10239));
        assertTrue(RequestBodies.shouldGzip(gzip, 10240));
        assertFalse(RequestBodies.shouldGzip(OperationInfo.of("PutImage"), 1_000_000));
        assertFalse(RequestBodies.shouldGzip(new OperationInfo("X", false, List.of("br")), 1_000_000));
    }

    @Test
    void nullRequestsBecomeAnEmptyObject() throws IOException {
        assertEquals("{}", new String(RequestBodies.marshal(null, null), StandardCharsets.UTF_8));
    }

    @Test
    void contentMd5IsTheBase64Digest() {
        assertEquals("1B2M2Y8AsgTpgAmY7PhCfg==", RequestBodies.md5Base64(new byte[0]));
        assertEquals("mZFLkyvTelC5g8XnyQrpOw==", RequestBodies.md5Base64("{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invocationIdsAreDistinctVersionFourUuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = InvocationIds.next();
            assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
            ids.add(id);
        }
        assertEquals(1000, ids.size());
        assertNotEquals(InvocationIds.next(), InvocationIds.next());
    }
}
