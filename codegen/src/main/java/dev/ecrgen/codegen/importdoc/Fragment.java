package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The imported operations and their shapes, with what the pages could not tell about each shape. */
record Fragment(Map<String, FragmentOperation> operations, Map<String, FragmentShape> shapes) {

    Fragment {
        operations = Map.copyOf(operations);
        shapes = Map.copyOf(shapes);
    }

    FragmentShape shape(String name) {
        FragmentShape shape = shapes.get(name);
        if (shape == null) {
            throw new IllegalStateException("no inferred shape " + name);
        }
        return shape;
    }

    /** The fragment in C2J form, {@code {"operations":{...},"shapes":{...}}}, both sorted by name. */
    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ObjectNode operationsJson = json.putObject("operations");
        new TreeMap<>(operations).forEach((name, operation) ->
                operationsJson.set(name, operationJson(operation, UnaryOperator.identity())));
        ObjectNode shapesJson = json.putObject("shapes");
        new TreeMap<>(shapes).forEach((name, shape) -> shapesJson.set(name, shape.definition().deepCopy()));
        return json;
    }

    /** An operation in C2J form, with its input and output shape names passed through {@code shapeNames}. */
    static ObjectNode operationJson(FragmentOperation operation, UnaryOperator<String> shapeNames) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", operation.name());
        json.putObject("http").put("method", "POST").put("requestUri", "/");
        if (operation.input() != null) {
            json.putObject("input").put("shape", shapeNames.apply(operation.input()));
        }
        json.putObject("output").put("shape", shapeNames.apply(operation.output()));
        if (operation.documentation() != null) {
            json.put("documentation", operation.documentation());
        }
        return json;
    }
}
