package dev.ecrgen.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    @Test
    void aNewOutputHoldsAtLeastSixteenBytesAndGrowsByHalfOrToWhatIsAsked() {
        JsonOutput tiny = new JsonOutput(1);
        assertEquals(16, tiny.room(0).length);
        assertEquals(16, tiny.room(16).length);
        assertEquals(24, tiny.room(17).length); // half again
        tiny.size(20);
        assertEquals(120, tiny.room(100).length); // what is asked when that is more
        assertEquals(20, tiny.size());
        assertEquals(40, new JsonOutput(40).room(0).length);
    }

    @Test
    void aFinishedArrayIsReusedByTheThreadsNextOutputOnly() {
        JsonOutput first = JsonOutput.reusing(16);
        byte[] array = first.room(5000);
        first.write('a');
        assertArrayEquals(new byte[] {'a'}, first.finish());

        JsonOutput second = JsonOutput.reusing(16);
        assertSame(array, second.room(0), "the finished array is handed on");
        assertEquals(0, second.size());
        JsonOutput third = JsonOutput.reusing(16);
        assertNotSame(array, third.room(0), "an array belongs to one output until it is finished");
        assertEquals(16, third.room(0).length);
        second.finish();
        third.finish();
    }

    @Test
    void arraysOverAMegabyteAreNotKept() {
        JsonOutput large = JsonOutput.reusing(16);
        large.room((1 << 20) + 1);
        large.finish();
        assertEquals(16, JsonOutput.reusing(16).room(0).length);

        JsonOutput limit = JsonOutput.reusing(16);
        byte[] array = limit.room(1 << 20);
        assertEquals(1 << 20, array.length);
        limit.finish();
        assertSame(array, JsonOutput.reusing(16).room(0));
    }
}
