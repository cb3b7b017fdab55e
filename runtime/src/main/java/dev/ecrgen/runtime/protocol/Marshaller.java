package dev.ecrgen.runtime.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
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
     * @param generator where to write
     * @throws IOException when the generator fails
     */
    void marshall(T value, JsonGenerator generator) throws IOException;
}
