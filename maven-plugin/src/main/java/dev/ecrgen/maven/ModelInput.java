package dev.ecrgen.maven;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input file as read: its name for messages and its bytes, or no bytes when an optional file (paginators, waiters)
 * is not there.
 */
public final class ModelInput {
    private final String name;
    private final byte[] content;

    private ModelInput(String name, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = content == null ? null : content.clone();
    }

    /** An input that was found and read. */
    public static ModelInput of(String name, byte[] content) {
        return new ModelInput(name, Objects.requireNonNull(content, "content"));
    }

    /** An optional input that is not there. */
    public static ModelInput absent(String name) {
        return new ModelInput(name, null);
    }

    public String name() {
        return name;
    }

    public boolean isPresent() {
        return content != null;
    }

    /** A copy of the bytes; only for an input that {@link #isPresent() is present}. */
    public byte[] content() {
        if (content == null) {
            throw new IllegalStateException(name + " is absent");
        }
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelInput that && name.equals(that.name) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return isPresent() ? name + " (" + content.length + " bytes)" : name + " (absent)";
    }
}
