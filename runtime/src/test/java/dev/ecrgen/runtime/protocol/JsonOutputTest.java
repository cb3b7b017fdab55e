package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

    private static byte[] body(String value) {
        JsonOutput out = JsonOutput.reusing(16);
        JsonWriter writer = new JsonWriter(out);
        writer.writeStartObject();
        writer.writeFieldName("v");
        Json.writeString(writer, value);
        writer.writeEndObject();
        return out.finish();
    }

    @Test
    void growsAndReturnsExactlyTheBytesWritten() {
        JsonOutput out = new JsonOutput(1);
        for (int i = 0; i < 1000; i++) {
            out.write('a' + i % 26);
        }
        out.write(new byte[] {'x', 'y', 'z'}, 1, 2);
        byte[] bytes = out.toByteArray();
        assertEquals(1002, bytes.length);
        assertEquals("lyz", new String(bytes, 999, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void outputsReusingTheThreadsArrayEachGetTheirOwnBytes() {
        String large = "\"x\" ".repeat(20_000);
        byte[] first = body(large);
        byte[] small = body("s");
        byte[] second = body(large + "!");
        assertEquals("{\"v\":\"s\"}", new String(small, StandardCharsets.UTF_8));
        assertArrayEquals(("{\"v\":\"" + large.replace("\"", "\\\"") + "\"}").getBytes(StandardCharsets.UTF_8), first);
        assertArrayEquals(("{\"v\":\"" + large.replace("\"", "\\\"") + "!\"}").getBytes(StandardCharsets.UTF_8), second);
    }
}
