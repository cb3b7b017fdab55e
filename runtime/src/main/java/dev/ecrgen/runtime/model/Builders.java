package dev.ecrgen.runtime.model;

import java.util.function.Consumer;

/**
 * What the generated {@code Consumer<Builder>} forms share: a new builder handed to the caller's code, as in
 * {@code describeImages(Builders.apply(DescribeImagesRequest.builder(), request).build())}.
 */
public final class Builders {
    private Builders() {}

    /**
     * Lets the caller's code fill in a builder.
     *
     * @param builder a new builder
     * @param mutation the caller's code
     * @param <B> the builder type
     * @return the same builder
     */
    public static <B> B apply(B builder, Consumer<? super B> mutation) {
        mutation.accept(builder);
        return builder;
    }
}
