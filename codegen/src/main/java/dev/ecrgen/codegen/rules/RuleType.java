package dev.ecrgen.codegen.rules;

import java.util.Map;

/**
 * The types of the rules language. A value of an {@link Optional} type may be unset; every other type is always set.
 * Records are the results of the library functions that return structured values ({@code aws.partition},
 * {@code aws.parseArn}, {@code parseURL}); their fields are what {@code getAttr} can read.
 */
public sealed interface RuleType {

    RuleType STRING = new Simple("String");
    RuleType BOOLEAN = new Simple("Boolean");
    RuleType INTEGER = new Simple("Integer");
    RuleType STRING_ARRAY = new Array(STRING);

    /** The type inside an optional, or the type itself. */
    default RuleType inner() {
        return this;
    }

    /** Whether a value may be unset. */
    default boolean isOptional() {
        return false;
    }

    /** The optional form of {@code type}; an optional stays as it is. */
    static RuleType optional(RuleType type) {
        return type instanceof Optional ? type : new Optional(type);
    }

    /** String, Boolean or Integer. */
    record Simple(String name) implements RuleType {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An array of one element type. */
    record Array(RuleType element) implements RuleType {
        @Override
        public String toString() {
            return "Array<" + element + ">";
        }
    }

    /** A possibly unset value. */
    record Optional(RuleType type) implements RuleType {
        @Override
        public RuleType inner() {
            return type;
        }

        @Override
        public boolean isOptional() {
            return true;
        }

        @Override
        public String toString() {
            return "Optional<" + type + ">";
        }
    }

    /**
     * A structured value with named fields.
     *
     * @param name the name used in messages, e.g. {@code Partition}
     * @param javaClass the simple name of the runtime class holding such values, e.g. {@code RulePartition}
     * @param fields the field names and types, which are also the names of the Java accessors
     */
    record Record(String name, String javaClass, Map<String, RuleType> fields) implements RuleType {
        @Override
        public String toString() {
            return name;
        }
    }
}
