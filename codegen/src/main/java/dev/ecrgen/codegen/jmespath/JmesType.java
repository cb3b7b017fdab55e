package dev.ecrgen.codegen.jmespath;

import java.util.Locale;

/**
 * What a (sub-)expression yields, as far as the model tells: the checker's types. They are model types, not Java
 * types; the compiler maps them to the classes the generated accessors return.
 */
public sealed interface JmesType {

    /** The JMESPath type a value of this type has, or {@link Category#UNKNOWN}. */
    Category category();

    /** For messages: {@code a list of structure Shard}, {@code an integer}. */
    default String describe() {
        String text = text();
        return (text.startsWith("a") || text.startsWith("i") ? "an " : "a ") + text;
    }

    /** For messages, without the article: {@code list of structure Shard}. */
    String text();

    JmesType STRING = new Scalar(Scalar.Kind.STRING);
    JmesType BOOLEAN = new Scalar(Scalar.Kind.BOOLEAN);
    JmesType ANY = new Any();

    /** JMESPath's types, plus values JMESPath has no type for (timestamps, blobs, documents). */
    enum Category {
        OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, OTHER, UNKNOWN;

        /** For messages: {@code a string}, {@code an object}. */
        public String describe() {
            String name = name().toLowerCase(Locale.ROOT);
            return switch (this) {
                case OBJECT -> "an object";
                case ARRAY -> "a list";
                case OTHER, UNKNOWN -> "a value of " + name + " type";
                default -> "a " + name;
            };
        }
    }

    /**
     * A structure of the model: a generated class. {@code shape} is null for the request or response of an operation
     * without a model shape; {@code root} marks the value an expression is applied to, whose class is a request or
     * response class rather than the structure class of its shape.
     */
    record Struct(String shape, boolean root) implements JmesType {
        @Override
        public Category category() {
            return Category.OBJECT;
        }

        @Override
        public String text() {
            return shape == null ? "structure without members" : "structure " + shape;
        }
    }

    /** A list. */
    record ListOf(JmesType element) implements JmesType {
        @Override
        public Category category() {
            return Category.ARRAY;
        }

        @Override
        public String text() {
            return "list of " + element.text();
        }
    }

    /** A map; its keys are strings. */
    record MapOf(JmesType value) implements JmesType {
        @Override
        public Category category() {
            return Category.OBJECT;
        }

        @Override
        public String text() {
            return "map of " + value.text();
        }
    }

    /** A string (enums included, in their string form), number, boolean, timestamp, blob or document. */
    record Scalar(Kind kind) implements JmesType {

        /** The model's scalar types, with the JMESPath type each has. */
        public enum Kind {
            STRING(Category.STRING), BOOLEAN(Category.BOOLEAN),
            INTEGER(Category.NUMBER), LONG(Category.NUMBER), SHORT(Category.NUMBER), BYTE(Category.NUMBER),
            FLOAT(Category.NUMBER), DOUBLE(Category.NUMBER), BIG_DECIMAL(Category.NUMBER), BIG_INTEGER(Category.NUMBER),
            TIMESTAMP(Category.OTHER), BLOB(Category.OTHER), DOCUMENT(Category.OTHER);

            final Category category;

            Kind(Category category) {
                this.category = category;
            }

            /** Whether numbers of this kind are whole numbers. */
            boolean integral() {
                return this == INTEGER || this == LONG || this == SHORT || this == BYTE || this == BIG_INTEGER;
            }
        }

        @Override
        public Category category() {
            return kind.category;
        }

        @Override
        public String text() {
            return kind.name().toLowerCase(Locale.ROOT).replace("big_", "big ");
        }
    }

    /** A value whose type the model does not fix: a {@code null} literal, or {@code a || b} of two types. */
    record Any() implements JmesType {
        @Override
        public Category category() {
            return Category.UNKNOWN;
        }

        @Override
        public String text() {
            return "value of unknown type";
        }
    }

    /** The type of a value that is one of two: the type itself when they are the same, else {@link #ANY}. */
    static JmesType join(JmesType a, JmesType b) {
        return a.equals(b) ? a : ANY;
    }
}
