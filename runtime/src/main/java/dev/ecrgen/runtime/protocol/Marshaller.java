package dev.ecrgen.runtime.protocol;

import java.io.IOException;

/**
 * Writes one value as JSON.
 *
 * @param <T> the type written
 */
@FunctionalInterface
public interface Marshaller<T> {

    /**
     * Writes the value, a whole JSON object for request shapes.
     *
     * @param value the value, never null
     * @param writer where to write
     * @throws IOException when the value cannot be written
     */
    void marshall(T value, JsonWriter writer) throws IOException;
}
