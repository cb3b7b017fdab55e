package dev.ecrgen.codegen.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with JSON that does not parse, or does not have the expected shape, in the terms of the JSON
 * text: where ({@code file:line:column}), then one plain sentence, such as {@code expected ',' or '}' after an object
 * member, found ']'}. The parser's own wording (character codes, its source descriptions, Java types, token names)
 * stays out.
 */
public final class JsonErrors {

    private static final String CHAR = "Unexpected character \\('(.+?)' \\(code \\d+[^)]*\\)\\)";
    private static final Pattern START_MARKER = Pattern.compile("\\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final List<Rewrite> SYNTAX = List.of(
            new Rewrite("^" + CHAR + ": was expecting double-quote to start field name",
                    "expected a member name in double quotes, found '$1'"),
            new Rewrite("^" + CHAR + ": was expecting comma to separate Object entries",
                    "expected ',' or '}' after an object member, found '$1'"),
            new Rewrite("^" + CHAR + ": was expecting comma to separate Array entries",
                    "expected ',' or ']' after an array element, found '$1'"),
            new Rewrite("^" + CHAR + ": was expecting a colon to separate field name and value",
                    "expected ':' after a member name, found '$1'"),
            new Rewrite("^" + CHAR + ": expected a valid value.*",
                    "expected a value (a string, number, object, array, true, false or null), found '$1'"),
            new Rewrite("^Unexpected end-of-input: expected close marker for Object \\(start marker at "
                    + "\\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)",
                    "the text ends before the object opened at line $1, column $2 is closed"),
            new Rewrite("^Unexpected end-of-input: expected close marker for Array \\(start marker at "
                    + "\\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)",
                    "the text ends before the array opened at line $1, column $2 is closed"),
            new Rewrite("^Unexpected end-of-input.*", "the text ends in the middle of a value"),
            new Rewrite("^Unrecognized token '(.+?)': was expecting.*",
                    "'$1' is not a JSON value (strings need double quotes; the literals are true, false and null)"),
            new Rewrite("^Unexpected close marker '(.)': expected '(.)'.*", "found '$1' where '$2' should close"),
            new Rewrite("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "a control character (code $1) inside a string must be escaped"),
            new Rewrite("^Trailing token .*", "there is more after the JSON value; the file must hold one value"),
            new Rewrite("^" + CHAR + ".*", "unexpected '$1'"));
    private static final Pattern FOUND = Pattern.compile(" from (Object|Array|String|Integer|Floating-point|Number|Boolean"
            + "|Null) value");
    private static final Pattern FOUND_STRING = Pattern.compile(" from String (\".*?\")");

    private JsonErrors() {
    }

    /**
     * The place of the problem: {@code name:line:column}, or {@code name} alone when the parser gave no line.
     *
     * @param name how messages name the input, e.g. its file
     * @param e the parser's exception
     * @return the place
     */
    public static String where(String name, JsonProcessingException e) {
        if (isEmpty(e)) {
            return name + ":1:1";
        }
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return name;
        }
        return name + ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
    }

    /**
     * What is wrong, in one sentence; when the problem is inside the document's structure, it starts with the path,
     * e.g. {@code at shapes.PingRequest.members: expected an object, found a number}.
     *
     * @param e the parser's exception
     * @return the description
     */
    public static String describe(JsonProcessingException e) {
        if (isEmpty(e)) {
            return "the file is empty; expected a JSON object";
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        Throwable cause = e.getCause();
        String sentence = cause instanceof StreamReadException syntax ? syntax(syntax.getOriginalMessage())
                : e instanceof StreamReadException ? syntax(e.getOriginalMessage())
                : e instanceof MismatchedInputException mismatch ? mismatch(mismatch)
                : clean(e.getOriginalMessage());
        return path.isEmpty() ? sentence : "at " + path + ": " + sentence;
    }

    private static boolean isEmpty(JsonProcessingException e) {
        return e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("No content to map due to end-of-input");
    }

    private static String syntax(String message) {
        String first = firstLine(message);
        for (Rewrite rewrite : SYNTAX) {
            Matcher matcher = rewrite.pattern.matcher(first);
            if (matcher.find()) {
                return matcher.replaceFirst(rewrite.replacement);
            }
        }
        return clean(first);
    }

    private static String mismatch(MismatchedInputException e) {
        String message = firstLine(e.getOriginalMessage());
        Class<?> target = e.getTargetType();
        if (target == null || !message.startsWith("Cannot ")) {
            return syntax(message);
        }
        Matcher string = FOUND_STRING.matcher(message);
        if (string.find()) {
            return "expected " + kind(target) + ", found the string " + string.group(1);
        }
        Matcher found = FOUND.matcher(message);
        if (found.find()) {
            return "expected " + kind(target) + ", found " + found(found.group(1));
        }
        return "expected " + kind(target);
    }

    private static String kind(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == char.class
                || type == Character.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                || type == float.class || type == short.class || type == byte.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value";
    }

    private static String found(String word) {
        return switch (word) {
            case "Object" -> "an object";
            case "Array" -> "an array";
            case "String" -> "a string";
            case "Integer", "Floating-point", "Number" -> "a number";
            case "Boolean" -> "true or false";
            default -> "null";
        };
    }

    /** The parser's sentence without its source description, character codes and Java names. */
    private static String clean(String message) {
        String text = START_MARKER.matcher(firstLine(message)).replaceAll("line $1, column $2");
        return text.replaceAll(" \\(code \\d+\\)", "").replaceAll("`[^`]*\\.([A-Za-z0-9_$]+)`", "$1")
                .replace("`", "");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
