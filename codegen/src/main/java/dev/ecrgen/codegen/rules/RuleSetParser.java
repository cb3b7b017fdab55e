package dev.ecrgen.codegen.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.validate.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the JSON tree of an {@code endpoint-rule-set-1.json} file into a {@link RuleSet}: parameters, rules,
 * conditions and expressions, with templates and {@code getAttr} paths parsed up front. Every structural problem is
 * collected with its place; {@link #parse} returns null when there were any.
 *
 * <p>Codes: E160 the file's structure, E161 an unknown function, E165 a template, E166 a {@code getAttr} path,
 * E167 an unsupported format or version, E168 a parameter.
 */
public final class RuleSetParser {
    private final String source;
    private final List<Problem> problems;

    private RuleSetParser(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * Parses a rule set.
     *
     * @param root the file's JSON tree
     * @param source the file name, for messages
     * @param problems receives every problem found
     * @return the rule set, or null when a problem was found
     */
    public static RuleSet parse(JsonNode root, String source, List<Problem> problems) {
        int before = problems.size();
        RuleSet ruleSet = new RuleSetParser(source, problems).ruleSet(root);
        return problems.size() == before ? ruleSet : null;
    }

    private RuleSet ruleSet(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("E160", "", "expected a JSON object with version, parameters and rules");
            return null;
        }
        if (root.has("nodes") || root.has("results")) {
            problem("E167", "", "is a rule set in decision-diagram form, which ecrgen does not compile; "
                    + "use the tree form (parameters and rules)");
            return null;
        }
        String version = text(root, "version", "");
        if (version != null && !version.startsWith("1.")) {
            problem("E167", "version", "'" + version + "' is not a rules language version ecrgen compiles; "
                    + "it compiles versions 1.x");
        }
        Map<String, RuleParameter> parameters = new LinkedHashMap<>();
        JsonNode params = root.get("parameters");
        if (params == null || !params.isObject()) {
            problem("E160", "parameters", "expected an object of parameters");
        } else {
            for (Map.Entry<String, JsonNode> entry : params.properties()) {
                RuleParameter parameter = parameter(entry.getKey(), entry.getValue());
                if (parameter != null) {
                    parameters.put(entry.getKey(), parameter);
                }
            }
        }
        List<Rule> rules = rules(root.get("rules"), "rules");
        return new RuleSet(version, parameters, rules, source);
    }

    private RuleParameter parameter(String name, JsonNode node) {
        String where = "parameters." + name;
        if (!node.isObject()) {
            problem("E168", where, "expected an object with the parameter's type");
            return null;
        }
        String typeName = text(node, "type", where);
        if (typeName == null) {
            return null;
        }
        RuleType type = switch (typeName.toLowerCase(Locale.ROOT)) {
            case "string" -> RuleType.STRING;
            case "boolean" -> RuleType.BOOLEAN;
            case "stringarray" -> RuleType.STRING_ARRAY;
            default -> null;
        };
        if (type == null) {
            problem("E168", where + ".type", "'" + typeName + "' is not a parameter type; use String, Boolean or "
                    + "stringArray");
            return null;
        }
        boolean required = node.path("required").asBoolean(false);
        Object defaultValue = null;
        JsonNode defaultNode = node.get("default");
        if (defaultNode != null && !defaultNode.isNull()) {
            defaultValue = defaultValue(type, defaultNode, where + ".default");
            if (defaultValue == null) {
                return null;
            }
            if (!required) {
                problem("E168", where, "has a default but is not required; a parameter with a default must be "
                        + "marked \"required\": true");
                return null;
            }
        }
        String builtIn = optionalText(node, "builtIn", where);
        String documentation = optionalText(node, "documentation", where);
        String deprecated = null;
        JsonNode deprecatedNode = node.get("deprecated");
        if (deprecatedNode != null && !deprecatedNode.isNull()) {
            deprecated = deprecatedNode.path("message").asText("");
        }
        return new RuleParameter(name, type, builtIn, required, defaultValue, documentation, deprecated, where);
    }

    private Object defaultValue(RuleType type, JsonNode node, String where) {
        if (type == RuleType.STRING && node.isTextual()) {
            return node.asText();
        }
        if (type == RuleType.BOOLEAN && node.isBoolean()) {
            return node.asBoolean();
        }
        if (type == RuleType.STRING_ARRAY && node.isArray()) {
            List<String> values = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    problem("E168", where, "expected an array of strings for a stringArray parameter");
                    return null;
                }
                values.add(element.asText());
            }
            return List.copyOf(values);
        }
        problem("E168", where, "is " + node.getNodeType().toString().toLowerCase(Locale.ROOT)
                + ", but the parameter's type is " + type);
        return null;
    }

    private List<Rule> rules(JsonNode node, String where) {
        List<Rule> rules = new ArrayList<>();
        if (node == null || !node.isArray()) {
            problem("E160", where, "expected an array of rules");
            return rules;
        }
        for (int i = 0; i < node.size(); i++) {
            Rule rule = rule(node.get(i), where + "[" + i + "]");
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    private Rule rule(JsonNode node, String where) {
        if (!node.isObject()) {
            problem("E160", where, "expected a rule object");
            return null;
        }
        List<Condition> conditions = conditions(node.get("conditions"), where + ".conditions");
        String type = text(node, "type", where);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "endpoint": {
                Rule.EndpointSpec endpoint = endpoint(node.get("endpoint"), where + ".endpoint");
                return endpoint == null ? null : new Rule.EndpointRule(conditions, endpoint, where);
            }
            case "error": {
                JsonNode error = node.get("error");
                if (error == null) {
                    problem("E160", where, "an error rule needs an \"error\" message");
                    return null;
                }
                Expr message = expression(error, where + ".error");
                return message == null ? null : new Rule.ErrorRule(conditions, message, where);
            }
            case "tree":
                return new Rule.TreeRule(conditions, rules(node.get("rules"), where + ".rules"), where);
            default:
                problem("E160", where + ".type", "'" + type + "' is not a rule type; use endpoint, error or tree");
                return null;
        }
    }

    private List<Condition> conditions(JsonNode node, String where) {
        List<Condition> conditions = new ArrayList<>();
        if (node == null || node.isNull()) {
            return conditions;
        }
        if (!node.isArray()) {
            problem("E160", where, "expected an array of conditions");
            return conditions;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode condition = node.get(i);
            if (!condition.isObject() || !condition.has("fn")) {
                problem("E160", at, "expected a function call: {\"fn\": ..., \"argv\": [...]}");
                continue;
            }
            Expr function = expression(condition, at);
            String assign = optionalText(condition, "assign", at);
            if (function != null) {
                conditions.add(new Condition(function, assign, at));
            }
        }
        return conditions;
    }

    private Rule.EndpointSpec endpoint(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            problem("E160", where, "expected an endpoint object with a url");
            return null;
        }
        JsonNode urlNode = node.get("url");
        if (urlNode == null) {
            problem("E160", where, "an endpoint needs a \"url\"");
            return null;
        }
        Expr url = expression(urlNode, where + ".url");
        Map<String, List<Expr>> headers = new LinkedHashMap<>();
        JsonNode headersNode = node.get("headers");
        if (headersNode != null && !headersNode.isNull()) {
            if (!headersNode.isObject()) {
                problem("E160", where + ".headers", "expected an object of header names to arrays of values");
            } else {
                for (Map.Entry<String, JsonNode> header : headersNode.properties()) {
                    String at = where + ".headers." + header.getKey();
                    if (!header.getValue().isArray()) {
                        problem("E160", at, "expected an array of header values");
                        continue;
                    }
                    List<Expr> values = new ArrayList<>();
                    for (int i = 0; i < header.getValue().size(); i++) {
                        Expr value = expression(header.getValue().get(i), at + "[" + i + "]");
                        if (value != null) {
                            values.add(value);
                        }
                    }
                    headers.put(header.getKey(), List.copyOf(values));
                }
            }
        }
        Map<String, Expr> properties = new LinkedHashMap<>();
        JsonNode propertiesNode = node.get("properties");
        if (propertiesNode != null && !propertiesNode.isNull()) {
            if (!propertiesNode.isObject()) {
                problem("E160", where + ".properties", "expected an object of properties");
            } else {
                for (Map.Entry<String, JsonNode> property : propertiesNode.properties()) {
                    Expr value = literal(property.getValue(), where + ".properties." + property.getKey());
                    if (value != null) {
                        properties.put(property.getKey(), value);
                    }
                }
            }
        }
        return url == null ? null : new Rule.EndpointSpec(url, headers, properties, where);
    }

    /** An expression where a function call, reference or literal may stand. */
    private Expr expression(JsonNode node, String where) {
        if (node.isObject() && node.has("fn")) {
            return call(node, where);
        }
        if (node.isObject() && node.has("ref")) {
            JsonNode ref = node.get("ref");
            if (!ref.isTextual() || ref.asText().isEmpty()) {
                problem("E160", where + ".ref", "expected the name of a parameter or assigned value");
                return null;
            }
            return new Expr.Ref(ref.asText(), where);
        }
        return literal(node, where);
    }

    /** A literal: string template, boolean, whole number, or an array or object of expressions. */
    private Expr literal(JsonNode node, String where) {
        if (node.isTextual()) {
            return template(node.asText(), where);
        }
        if (node.isBoolean()) {
            return new Expr.BoolLiteral(node.asBoolean(), where);
        }
        if (node.isInt()) {
            return new Expr.IntLiteral(node.asInt(), where);
        }
        if (node.isArray()) {
            List<Expr> elements = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                Expr element = expression(node.get(i), where + "[" + i + "]");
                if (element != null) {
                    elements.add(element);
                }
            }
            return new Expr.TupleLiteral(elements, where);
        }
        if (node.isObject()) {
            if (node.has("fn") || node.has("ref")) {
                return expression(node, where);
            }
            Map<String, Expr> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                Expr value = expression(member.getValue(), where + "." + member.getKey());
                if (value != null) {
                    members.put(member.getKey(), value);
                }
            }
            return new Expr.RecordLiteral(java.util.Collections.unmodifiableMap(members), where);
        }
        problem("E160", where, "a " + node.getNodeType().toString().toLowerCase(Locale.ROOT)
                + " is not a value of the rules language");
        return null;
    }

    private Expr call(JsonNode node, String where) {
        JsonNode fn = node.get("fn");
        if (!fn.isTextual()) {
            problem("E160", where + ".fn", "expected a function name");
            return null;
        }
        String name = fn.asText();
        JsonNode argv = node.get("argv");
        if (argv == null || !argv.isArray()) {
            problem("E160", where + ".argv", "expected the arguments of " + name + " as an array");
            return null;
        }
        if (RuleFunction.GET_ATTR.equals(name)) {
            return getAttr(argv, where);
        }
        RuleFunction function = RuleFunction.named(name);
        if (function == null) {
            problem("E161", where + ".fn", "'" + name + "' is not a function of the rules language that ecrgen "
                    + "compiles; known functions are " + RuleFunction.names());
            return null;
        }
        List<Expr> arguments = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < argv.size(); i++) {
            Expr argument = expression(argv.get(i), where + ".argv[" + i + "]");
            if (argument == null) {
                complete = false;
            } else {
                arguments.add(argument);
            }
        }
        return complete ? new Expr.Call(function, arguments, where) : null;
    }

    private Expr getAttr(JsonNode argv, String where) {
        if (argv.size() != 2 || !argv.get(1).isTextual()) {
            problem("E166", where + ".argv", "getAttr takes a value and a path string such as \"name\" or "
                    + "\"resourceId[0]\"");
            return null;
        }
        Expr target = expression(argv.get(0), where + ".argv[0]");
        List<Expr.PathPart> path = path(argv.get(1).asText(), where + ".argv[1]");
        if (target == null || path == null) {
            return null;
        }
        return new Expr.GetAttr(target, path, argv.get(1).asText(), where);
    }

    /** {@code a.b[2]}: fields separated by dots, each optionally followed by array indexes. */
    private List<Expr.PathPart> path(String text, String where) {
        List<Expr.PathPart> parts = new ArrayList<>();
        if (text.isEmpty()) {
            problem("E166", where, "the getAttr path is empty");
            return null;
        }
        for (String component : text.split("\\.", -1)) {
            int bracket = component.indexOf('[');
            String field = bracket < 0 ? component : component.substring(0, bracket);
            if (field.isEmpty() && (bracket < 0 || !parts.isEmpty())) {
                problem("E166", where, "'" + text + "' has an empty field name");
                return null;
            }
            if (!field.isEmpty()) {
                parts.add(new Expr.Field(field));
            }
            int at = bracket;
            while (at >= 0 && at < component.length()) {
                int close = component.indexOf(']', at);
                if (component.charAt(at) != '[' || close < 0) {
                    problem("E166", where, "'" + text + "': an index must be written [n]");
                    return null;
                }
                String digits = component.substring(at + 1, close);
                if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 9) {
                    problem("E166", where, "'" + text + "': '[" + digits + "]' is not an index; indexes are whole "
                            + "numbers from 0");
                    return null;
                }
                parts.add(new Expr.Index(Integer.parseInt(digits)));
                at = close + 1;
            }
        }
        return parts;
    }

    /** A string with {@code {Name}} and {@code {Name#path}} parts; doubled braces stand for single ones. */
    private Expr template(String text, String where) {
        List<Expr.Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                problem("E165", where, "'" + text + "' has an unmatched '}'; write '}}' for a brace");
                return null;
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                if (close < 0) {
                    problem("E165", where, "'" + text + "' has an unmatched '{'; write '{{' for a brace");
                    return null;
                }
                String inner = text.substring(i + 1, close);
                Expr dynamic = dynamic(inner, text, where);
                if (dynamic == null) {
                    return null;
                }
                if (literal.length() > 0) {
                    parts.add(new Expr.Text(literal.toString()));
                    literal.setLength(0);
                }
                parts.add(new Expr.Dynamic(dynamic));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            parts.add(new Expr.Text(literal.toString()));
        }
        return new Expr.Template(parts, text, where);
    }

    private Expr dynamic(String inner, String text, String where) {
        int hash = inner.indexOf('#');
        String name = hash < 0 ? inner : inner.substring(0, hash);
        if (name.isEmpty() || inner.indexOf('{') >= 0 || !isName(name)) {
            problem("E165", where, "'" + text + "': '{" + inner + "}' does not name a value; write {Name} or "
                    + "{Name#path}");
            return null;
        }
        Expr.Ref ref = new Expr.Ref(name, where);
        if (hash < 0) {
            return ref;
        }
        String pathText = inner.substring(hash + 1);
        List<Expr.PathPart> path = path(pathText, where);
        return path == null ? null : new Expr.GetAttr(ref, path, pathText, where);
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            problem("E160", join(where, field), "expected a string");
            return null;
        }
        return value.asText();
    }

    private String optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problem("E160", join(where, field), "expected a string");
            return null;
        }
        return value.asText();
    }

    private static String join(String where, String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    private void problem(String code, String where, String message) {
        String place = where.isEmpty() ? source : source + ": " + where;
        problems.add(new Problem(code, place, message));
    }
}
