package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes and reads one JSON value of a shape, as code. Scalars become calls on the generator or on the runtime's
 * {@code Json} helpers; structures delegate to their codec; lists and maps get private helper methods, collected
 * here and added once to the codec class being emitted.
 */
final class JsonValueCode {
    private final EmitContext context;
    private final Map<String, MethodSpec> helpers = new TreeMap<>();

    JsonValueCode(EmitContext context) {
        this.context = context;
    }

    /** The list and map helpers needed by the code produced so far, sorted by name. */
    List<MethodSpec> helpers() {
        return new ArrayList<>(helpers.values());
    }

    /** A statement that writes {@code value} (not null) of the shape with generator {@code g}. */
    CodeBlock write(String shapeName, ShapeRef ref, CodeBlock value) {
        Shape shape = context.shape(shapeName);
        TypeName format = RuntimeTypes.TIMESTAMP_FORMAT;
        return switch (shape.type()) {
            case "string" -> CodeBlock.of("$T.writeString(w, $L)", RuntimeTypes.JSON, value);
            case "boolean" -> CodeBlock.of("w.writeBoolean($L)", value);
            case "integer" -> CodeBlock.of("w.writeNumber($L.intValue())", value);
            case "long" -> CodeBlock.of("w.writeNumber($L.longValue())", value);
            case "short" -> CodeBlock.of("w.writeNumber($L.shortValue())", value);
            case "byte" -> CodeBlock.of("w.writeNumber($L.shortValue())", value);
            case "float" -> CodeBlock.of("$T.writeFloat(w, $L)", RuntimeTypes.JSON, value);
            case "double" -> CodeBlock.of("$T.writeDouble(w, $L)", RuntimeTypes.JSON, value);
            case "bigdecimal" -> CodeBlock.of("$T.writeBigDecimal(w, $L)", RuntimeTypes.JSON, value);
            case "biginteger" -> CodeBlock.of("$T.writeBigInteger(w, $L)", RuntimeTypes.JSON, value);
            case "timestamp" -> CodeBlock.of("$T.writeTimestamp(w, $L, $T.$L)",
                    RuntimeTypes.JSON, value, format, timestampFormat(shape, ref));
            case "blob" -> CodeBlock.of("$T.writeBlob(w, $L)", RuntimeTypes.JSON, value);
            case "structure" -> shape.document()
                    ? CodeBlock.of("$T.writeDocument(w, $L)", RuntimeTypes.JSON, value)
                    : CodeBlock.of("$T.INSTANCE.marshall($L, w)", codec(shapeName), value);
            case "list", "map" -> CodeBlock.of("$N(w, $L)", writeHelper(shapeName), value);
            default -> throw new IllegalStateException("unvalidated model: cannot write shape type " + shape.type());
        };
    }

    /** An expression that reads a value of the shape at the parser's current token ({@code null} for JSON null). */
    CodeBlock read(String shapeName, ShapeRef ref) {
        Shape shape = context.shape(shapeName);
        ClassName json = RuntimeTypes.JSON;
        return switch (shape.type()) {
            case "string" -> CodeBlock.of("$T.readString(p)", json);
            case "boolean" -> CodeBlock.of("$T.readBoolean(p)", json);
            case "integer" -> CodeBlock.of("$T.readInteger(p)", json);
            case "long" -> CodeBlock.of("$T.readLong(p)", json);
            case "short" -> CodeBlock.of("$T.readShort(p)", json);
            case "byte" -> CodeBlock.of("$T.readByte(p)", json);
            case "float" -> CodeBlock.of("$T.readFloat(p)", json);
            case "double" -> CodeBlock.of("$T.readDouble(p)", json);
            case "bigdecimal" -> CodeBlock.of("$T.readBigDecimal(p)", json);
            case "biginteger" -> CodeBlock.of("$T.readBigInteger(p)", json);
            case "timestamp" -> CodeBlock.of("$T.readTimestamp(p, $T.$L)",
                    json, RuntimeTypes.TIMESTAMP_FORMAT, timestampFormat(shape, ref));
            case "blob" -> CodeBlock.of("$T.readBlob(p)", json);
            case "structure" -> shape.document()
                    ? CodeBlock.of("$T.readDocument(p)", json)
                    : CodeBlock.of("$T.INSTANCE.unmarshall(p)", codec(shapeName));
            case "list", "map" -> CodeBlock.of("$N(p)", readHelper(shapeName));
            default -> throw new IllegalStateException("unvalidated model: cannot read shape type " + shape.type());
        };
    }

    private ClassName codec(String structureShape) {
        return context.names().codecClass(context.index().structureClass(structureShape));
    }

    private String writeHelper(String shapeName) {
        String name = "write" + context.names().shapeClass(shapeName).simpleName();
        if (helpers.containsKey(name)) {
            return name;
        }
        helpers.put(name, null);
        Shape shape = context.shape(shapeName);
        TypeName type = context.types().storage(shapeName);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addException(IOException.class)
                .addParameter(RuntimeTypes.JSON_WRITER, "w")
                .addParameter(type, "value");
        if (shape.type().equals("list")) {
            ShapeRef element = shape.member();
            TypeName elementType = context.types().storage(element.shape());
            method.addStatement("w.writeStartArray()")
                    .beginControlFlow("for ($T element : value)", elementType)
                    .beginControlFlow("if (element == null)")
                    .addStatement("w.writeNull()")
                    .nextControlFlow("else")
                    .addStatement(write(element.shape(), element, CodeBlock.of("element")))
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("w.writeEndArray()");
        } else {
            ShapeRef entryValue = shape.value();
            TypeName valueType = context.types().storage(entryValue.shape());
            method.addStatement("w.writeStartObject()")
                    .beginControlFlow("for ($T<$T, $T> entry : value.entrySet())",
                            Map.Entry.class, String.class, valueType)
                    .addStatement("w.writeFieldName(entry.getKey())")
                    .beginControlFlow("if (entry.getValue() == null)")
                    .addStatement("w.writeNull()")
                    .nextControlFlow("else")
                    .addStatement(write(entryValue.shape(), entryValue, CodeBlock.of("entry.getValue()")))
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("w.writeEndObject()");
        }
        helpers.put(name, method.build());
        return name;
    }

    private String readHelper(String shapeName) {
        String name = "read" + context.names().shapeClass(shapeName).simpleName();
        if (helpers.containsKey(name)) {
            return name;
        }
        helpers.put(name, null);
        Shape shape = context.shape(shapeName);
        TypeName type = context.types().storage(shapeName);
        boolean list = shape.type().equals("list");
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addException(IOException.class)
                .returns(type)
                .addParameter(RuntimeTypes.JSON_READER, "p")
                .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", RuntimeTypes.JSON_TOKEN)
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("if (p.currentToken() != $T.$L)", RuntimeTypes.JSON_TOKEN,
                        list ? "START_ARRAY" : "START_OBJECT")
                .addStatement("throw p.error($S + p.currentToken())",
                        "expected a JSON " + (list ? "array" : "object") + " for " + shapeName + " but found ")
                .endControlFlow();
        if (list) {
            ShapeRef element = shape.member();
            method.addStatement("$T result = new $T<>()", type, ArrayList.class)
                    .beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", RuntimeTypes.JSON_TOKEN)
                    .addStatement("$T element = $L", context.types().storage(element.shape()), read(element.shape(), element));
            // a JSON null element is kept, as the AWS SDK keeps it
            method.addStatement("result.add(element)");
            method.endControlFlow();
        } else {
            ShapeRef entryValue = shape.value();
            method.addStatement("$T result = new $T<>()", type, LinkedHashMap.class)
                    .beginControlFlow("while (p.nextToken() == $T.FIELD_NAME)", RuntimeTypes.JSON_TOKEN)
                    .addStatement("$T key = p.currentName()", String.class)
                    .addStatement("p.nextToken()")
                    .addStatement("$T entry = $L", context.types().storage(entryValue.shape()),
                            read(entryValue.shape(), entryValue));
            method.addStatement("result.put(key, entry)");
            method.endControlFlow();
        }
        helpers.put(name, method.addStatement("return result").build());
        return name;
    }

    private static String timestampFormat(Shape shape, ShapeRef ref) {
        String format = ref != null && ref.timestampFormat() != null ? ref.timestampFormat() : shape.timestampFormat();
        if (format == null) {
            return "EPOCH_SECONDS";
        }
        return switch (format) {
            case "iso8601" -> "ISO_8601";
            case "rfc822" -> "RFC_822";
            default -> "EPOCH_SECONDS";
        };
    }
}
