package dev.ecrgen.codegen.diff;

import java.util.Objects;

/**
 * One difference between two versions of a model.
 *
 * @param kind what changed
 * @param subject where, e.g. {@code DescribeImages} or {@code ImageDetail.imageSizeInBytes}
 * @param detail more about it, e.g. {@code string -> integer}; empty when the kind says all
 * @param breaking whether code written against the old client may stop compiling or working with the new one
 */
public record Change(Kind kind, String subject, String detail, boolean breaking) {

    /** The kinds of change, in the order a report lists them. */
    public enum Kind {
        OPERATION_REMOVED("operation removed"),
        OPERATION_ADDED("operation added"),
        ERROR_REMOVED("error removed"),
        ERROR_ADDED("error added"),
        MEMBER_REMOVED("member removed"),
        MEMBER_ADDED("member added"),
        TYPE_CHANGED("type changed"),
        MEMBER_BECAME_REQUIRED("member became required"),
        MEMBER_BECAME_OPTIONAL("member became optional"),
        ENUM_VALUE_REMOVED("enum value removed"),
        ENUM_VALUE_ADDED("enum value added");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The words a report uses, e.g. {@code member became required}. */
        public String label() {
            return label;
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        detail = detail == null ? "" : detail;
    }

    /** {@code <label>: <subject>[ (<detail>)]}, e.g. {@code type changed: Image.size (integer -> long)}. */
    @Override
    public String toString() {
        return kind.label() + ": " + subject + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
