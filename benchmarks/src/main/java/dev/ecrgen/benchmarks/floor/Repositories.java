package dev.ecrgen.benchmarks.floor;

import dev.ecrgen.runtime.protocol.JsonReader;
import dev.ecrgen.runtime.protocol.JsonToken;
import java.io.IOException;

/** Reads a {@code DescribeRepositories} answer with the runtime's streaming JSON reader, token by token. */
final class Repositories {

    private Repositories() {
    }

    /** The number of repository objects in the answer. */
    static int count(byte[] answer) throws IOException {
        int repositories = 0;
        JsonReader parser = new JsonReader(answer);
        int depth = 0;
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                if (++depth == 2) {
                    repositories++;
                }
            } else if (token == JsonToken.END_OBJECT) {
                depth--;
            }
        }
        return repositories;
    }
}
