package dev.ecrgen.runtime.model;

/**
 * Builds the {@code toString()} of a generated model object in the AWS SDK's form: {@code Layer(LayerDigest=sha256:..,
 * LayerSize=42)}. Members that are not set are left out; sensitive ones show only that they are set.
 */
public final class ToString {
    /** What a sensitive member shows instead of its value. */
    public static final String REDACTED = "*** Sensitive Data Redacted ***";

    private final StringBuilder out;
    private boolean empty = true;

    private ToString(String type) {
        this.out = new StringBuilder(64).append(type).append('(');
    }

    /**
     * Starts the text for an object of the named type.
     *
     * @param type the simple class name
     * @return a new builder
     */
    public static ToString of(String type) {
        return new ToString(type);
    }

    /**
     * Adds a member when it is set.
     *
     * @param name the member name as the model spells it, first letter upper-cased
     * @param value the value, or null to leave the member out
     * @return this builder
     */
    public ToString add(String name, Object value) {
        if (value != null) {
            append(name, value);
        }
        return this;
    }

    /**
     * Adds a sensitive member when it is set, without its value.
     *
     * @param name the member name
     * @param value the value, or null to leave the member out
     * @return this builder
     */
    public ToString addSensitive(String name, Object value) {
        if (value != null) {
            append(name, REDACTED);
        }
        return this;
    }

    /**
     * Finishes the text.
     *
     * @return the text
     */
    public String build() {
        return out.append(')').toString();
    }

    private void append(String name, Object value) {
        if (!empty) {
            out.append(", ");
        }
        out.append(name).append('=').append(value);
        empty = false;
    }
}
