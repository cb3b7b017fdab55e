package dev.ecrgen.runtime.protocol;

import java.io.IOException;

/**
 * Reads one value from JSON.
 *
 * @param <T> the type read
 */
@FunctionalInterface
public interface Unmarshaller<T> {

    /**
     * Reads the value the parser is positioned on (for response shapes: on {@code START_OBJECT}) and leaves the parser
     * on the value's last token.
     *
     * @param parser the parser
     * @return the value
     * @throws IOException when the JSON is malformed or does not fit the shape
     */
    T unmarshall(JsonReader parser) throws IOException;
}
