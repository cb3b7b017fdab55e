package dev.ecrgen.codegen.c2j;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One entry of the {@code shapes} object. Which fields are set depends on {@link #type()}. The legacy type
 * {@code character}, a string of one character that older models and botocore's older protocol suites use, reads as
 * {@code string}: it has the same JSON form and the same Java type, so nothing after loading needs to know it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Shape(
        String type,
        Map<String, ShapeRef> members,
        List<String> required,
        ShapeRef member,
        ShapeRef key,
        ShapeRef value,
        @JsonProperty("enum") List<String> enumValues,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        boolean exception,
        boolean fault,
        ErrorTrait error,
        String documentation,
        boolean deprecated,
        String deprecatedMessage,
        boolean sensitive,
        boolean union,
        boolean document,
        boolean event,
        boolean eventstream,
        String timestampFormat,
        boolean box,
        boolean sparse) {

    public Shape {
        type = "character".equals(type) ? "string" : type;
        members = members == null ? Map.of() : members;
        required = required == null ? List.of() : required;
        enumValues = enumValues == null ? List.of() : enumValues;
    }

    /** The {@code error} trait of an exception shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorTrait(String code, Integer httpStatusCode, boolean senderFault) {}
}
