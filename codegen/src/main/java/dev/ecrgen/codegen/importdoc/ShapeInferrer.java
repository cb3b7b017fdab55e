package dev.ecrgen.codegen.importdoc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one operation page into C2J shapes in a {@link ShapeTable}: the input structure from the Request syntax and
 * the Arguments, the output structure from the Value, and a shape for every member. Where the page cannot tell, it
 * picks the safer type and records an {@link ImportWarning}.
 */
final class ShapeInferrer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OperationPage page;
    private final ImportOptions options;
    private final ShapeNames names;
    private final ShapeTable table;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<DocProblem> problems = new ArrayList<>();

    ShapeInferrer(OperationPage page, ImportOptions options, ShapeTable table) {
        this.page = page;
        this.options = options;
        this.names = new ShapeNames(options);
        this.table = table;
    }

    /** Adds the page's shapes to the table and returns the operation; every problem of the page is reported at once. */
    FragmentOperation infer() throws DocImportException {
        String operation = ShapeNames.operation(page.snakeName());
        String input = page.request() == null ? null : table.reserve(names.input(operation));
        String output = table.reserve(names.output(operation));
        if (input != null) {
            table.define(input, structure(page.request(), input, input, true));
        }
        Origin operationOrigin = new Origin(page.page(), page.callLine(), "operation " + operation);
        if (page.response() == null) {
            Origin valueOrigin = new Origin(page.page(), page.valueLine(), "operation " + operation);
            table.define(output, new FragmentShape(structureDefinition(), Ambiguity.EMPTY_OUTPUT, false, null,
                    valueOrigin, Map.of()));
            warnings.add(valueOrigin.warning("the Value is an empty list: the operation has no output or an empty "
                    + "one; chose an empty structure " + output));
        } else {
            table.define(output, structure(page.response(), output, output, false));
        }
        warnings.add(operationOrigin.warning("the page does not list the errors the operation returns; "
                + "none recorded"));
        if (!problems.isEmpty()) {
            throw new DocImportException(problems);
        }
        return new FragmentOperation(operation, input, output, page.documentation(), operationOrigin);
    }

    List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** A structure from named entries; {@code operationInput} adds the Arguments' documentation and required marks. */
    private FragmentShape structure(RNode.ListNode node, String name, String path, boolean operationInput) {
        ObjectNode definition = structureDefinition();
        ObjectNode members = (ObjectNode) definition.get("members");
        List<String> required = new ArrayList<>();
        Map<String, Origin> origins = new LinkedHashMap<>();
        for (RNode.Entry entry : node.entries()) {
            if (entry.name() == null) {
                problem(entry.line(), "an entry of " + path + " has no name: structures print as list(name = value)");
                continue;
            }
            if (members.has(entry.name())) {
                problem(entry.line(), "member \"" + entry.name() + "\" appears twice in " + path);
                continue;
            }
            String memberPath = path + "." + entry.name();
            String shape = shapeOf(entry.value(), entry.name(), memberPath, name);
            if (shape == null) {
                continue;
            }
            ObjectNode reference = members.putObject(entry.name()).put("shape", shape);
            Argument argument = operationInput ? page.arguments().get(entry.name()) : null;
            if (argument != null) {
                if (argument.documentation() != null) {
                    reference.put("documentation", argument.documentation());
                }
                if (argument.required()) {
                    required.add(entry.name());
                }
            }
            origins.put(entry.name(), origin(entry.line(), memberPath));
        }
        if (!required.isEmpty()) {
            ArrayNode list = JSON.arrayNode();
            required.forEach(list::add);
            definition.remove("members");
            definition.set("required", list);
            definition.set("members", members);
        }
        return new FragmentShape(definition, Ambiguity.NONE, operationInput, null, origin(node.line(), path), origins);
    }

    /** Adds the shape of a member's value and returns its name, or null after reporting a problem. */
    private String shapeOf(RNode value, String member, String path, String parent) {
        if (value instanceof RNode.ListNode list) {
            return listShape(list, member, path, parent);
        }
        Origin origin = origin(value.line(), path);
        ObjectNode definition = JSON.objectNode();
        Ambiguity ambiguity = Ambiguity.NONE;
        if (value instanceof RNode.Strings strings) {
            definition.put("type", "string");
            if (!strings.values().equals(List.of("string"))) {
                Set<String> values = new LinkedHashSet<>(strings.values());
                if (values.size() < strings.values().size()) {
                    problem(value.line(), "the values of " + path + " repeat: " + strings.values());
                    return null;
                }
                ArrayNode enumValues = definition.putArray("enum");
                values.forEach(enumValues::add);
            }
        } else if (value instanceof RNode.Number number) {
            ambiguity = number.isWhole() ? Ambiguity.WHOLE_NUMBER : Ambiguity.DECIMAL;
            definition.put("type", number.isWhole() ? "long" : "double");
        } else if (value instanceof RNode.Bool) {
            definition.put("type", "boolean");
        } else if (value instanceof RNode.Timestamp) {
            definition.put("type", "timestamp");
        } else {
            definition.put("type", "blob");
        }
        String name = table.add(names.member(member), parent, new FragmentShape(definition, ambiguity, false, null,
                origin, Map.of()));
        if (value instanceof RNode.Number number) {
            warnings.add(origin.warning(number.isWhole()
                    ? number.text() + " may be an integer or a long; chose long (shape " + name + ")"
                    : number.text() + " may be a float or a double; chose double (shape " + name + ")"));
        }
        return name;
    }

    private String listShape(RNode.ListNode list, String member, String path, String parent) {
        List<RNode.Entry> entries = list.entries();
        Origin origin = origin(list.line(), path);
        if (entries.isEmpty()) {
            ObjectNode document = structureDefinition().put("document", true);
            String name = table.add(names.member(member), parent, new FragmentShape(document,
                    Ambiguity.EMPTY_LIST, false, null, origin, Map.of()));
            warnings.add(origin.warning("list() may be an empty structure, a document or a recursive reference; "
                    + "chose a document, which holds any of them (shape " + name + ")"));
            return name;
        }
        long named = entries.stream().filter(entry -> entry.name() != null).count();
        if (named == entries.size()) {
            if (entries.size() == 1 && options.isMapKeyPlaceholder(entries.get(0).name())) {
                return mapShape(entries.get(0), Ambiguity.STRUCTURE_OR_MAP, member, path, parent, origin);
            }
            String name = names.member(member);
            return table.add(name, parent, structure(list, name, path, false));
        }
        if (named > 0) {
            problem(list.line(), path + " mixes named and unnamed entries: a structure names every entry, "
                    + "a list or map shows one unnamed element");
            return null;
        }
        if (entries.size() > 1) {
            problem(entries.get(1).line(), path + " shows " + entries.size() + " unnamed elements; a list or map "
                    + "shows exactly one");
            return null;
        }
        RNode element = entries.get(0).value();
        if (options.isMapMemberName(member) && !isKeyValuePair(element)) {
            return mapShape(entries.get(0), Ambiguity.LIST_OR_MAP, member, path, parent, origin);
        }
        String elementMember = names.element(member) + (isCollection(element) ? "Item" : "");
        String elementShape = shapeOf(element, elementMember, path + "[]", parent);
        if (elementShape == null) {
            return null;
        }
        ObjectNode definition = JSON.objectNode().put("type", "list");
        definition.putObject("member").put("shape", elementShape);
        return table.add(names.list(member), parent, new FragmentShape(definition, Ambiguity.NONE, false, null,
                origin, Map.of()));
    }

    private String mapShape(RNode.Entry entry, Ambiguity ambiguity, String member, String path, String parent,
            Origin origin) {
        String key = table.add(names.mapKey(member), parent, new FragmentShape(
                JSON.objectNode().put("type", "string"), Ambiguity.NONE, false, null, origin, Map.of()));
        String value = shapeOf(entry.value(), names.mapValue(member), path + "{}", parent);
        if (value == null) {
            return null;
        }
        ObjectNode definition = JSON.objectNode().put("type", "map");
        definition.putObject("key").put("shape", key);
        definition.putObject("value").put("shape", value);
        String placeholder = ambiguity == Ambiguity.STRUCTURE_OR_MAP ? entry.name() : null;
        String name = table.add(names.map(member), parent, new FragmentShape(definition, ambiguity, false,
                placeholder, origin, Map.of()));
        warnings.add(origin.warning(ambiguity == Ambiguity.STRUCTURE_OR_MAP
                ? "list(" + entry.name() + " = ...) may be a structure with the one member \"" + entry.name()
                        + "\" or a map with arbitrary keys; chose a map, which also holds that structure (shape "
                        + name + ")"
                : "pages print maps like lists, and the name \"" + member + "\" suggests a map; chose a map with "
                        + "string keys (shape " + name + ")"));
        return name;
    }

    /** A structure with a key (or name) member and a value member: an element of a list of pairs, not a map. */
    private static boolean isKeyValuePair(RNode element) {
        if (!(element instanceof RNode.ListNode list) || list.entries().isEmpty()) {
            return false;
        }
        boolean key = false;
        boolean value = false;
        for (RNode.Entry entry : list.entries()) {
            String name = entry.name() == null ? "" : entry.name().toLowerCase(Locale.ROOT);
            key |= name.endsWith("key") || name.endsWith("name");
            value |= name.endsWith("value");
        }
        return key && value;
    }

    private static boolean isCollection(RNode element) {
        return element instanceof RNode.ListNode list && !list.entries().isEmpty()
                && list.entries().get(0).name() == null;
    }

    private static ObjectNode structureDefinition() {
        ObjectNode definition = JSON.objectNode().put("type", "structure");
        definition.putObject("members");
        return definition;
    }

    private Origin origin(int line, String path) {
        return new Origin(page.page(), line, path);
    }

    private void problem(int line, String message) {
        problems.add(new DocProblem(page.page(), line, message));
    }
}
