package dev.ecrgen.benchmarks.floor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Reads a {@code DescribeRepositories} answer with jackson-core's streaming parser, as a generated codec would. */
final class Repositories {

    private Repositories() {
    }

    /** The number of repository objects in the answer. */
    static int count(byte[] answer) throws IOException {
        int repositories = 0;
        try (JsonParser parser = new JsonFactory().createParser(answer)) {
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
        }
        return repositories;
    }
}
