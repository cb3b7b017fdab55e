package dev.ecrgen.codegen.rules;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Compiles a checked rule set into the static methods of an endpoint provider: one method that reads the parameters
 * and tries the top-level rules, and one method per tree rule, taking the values visible there that its rules use.
 * Conditions become one {@code &&} chain per rule, with assignments inside it, so a rule that does not apply costs
 * only the conditions up to the first one that fails; nothing is looked up by name and no rule text is read at run
 * time. An error rule throws the {@code SdkClientException} that {@code RuleResults.error} makes; a tree whose rules
 * all fail to apply throws {@code RuleResults.noMatch()}.
 */
public final class RuleCompiler {

    /**
     * What the compiler needs from the generator.
     *
     * @param checked the checked rule set
     * @param paramsClass the generated parameters class
     * @param parameterValue reads a parameter from the variable {@code params} as the rules type, e.g.
     *     {@code params.regionId()}
     * @param variables the Java name of each parameter and assigned name of the rule set
     * @param entryName the name of the method that resolves, e.g. {@code resolve}
     */
    public record Input(RuleChecker.Checked checked, ClassName paramsClass,
            Function<RuleParameter, CodeBlock> parameterValue, Map<String, String> variables, String entryName) {}

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);

    private final Input input;
    private final RuleChecker.Checked checked;
    private final List<MethodSpec> methods = new ArrayList<>();
    /** The names visible at the point being compiled, in the order they became visible, with their types. */
    private final Map<String, RuleType> visible = new LinkedHashMap<>();
    private int trees;
    private boolean coalesceUsed;

    private RuleCompiler(Input input) {
        this.input = input;
        this.checked = input.checked();
    }

    /**
     * Compiles the rule set.
     *
     * @param input the checked rule set and the names to use
     * @return the entry method first, then the methods of the tree rules and any helper they need
     */
    public static List<MethodSpec> compile(Input input) {
        RuleCompiler compiler = new RuleCompiler(input);
        compiler.methods.add(null);
        compiler.methods.set(0, compiler.entry());
        if (compiler.coalesceUsed) {
            compiler.methods.add(coalesceHelper());
        }
        return List.copyOf(compiler.methods);
    }

    /** The names every rule set can use: its parameters and the names its conditions assign, in file order. */
    public static Set<String> definedNames(RuleSet ruleSet) {
        Set<String> names = new LinkedHashSet<>(ruleSet.parameters().keySet());
        collectAssigned(ruleSet.rules(), names);
        return names;
    }

    private MethodSpec entry() {
        MethodSpec.Builder method = MethodSpec.methodBuilder(input.entryName())
                .addModifiers(Modifier.STATIC)
                .returns(RuntimeTypes.ENDPOINT)
                .addParameter(input.paramsClass(), "params");
        Set<String> used = new LinkedHashSet<>();
        collectUsed(checked.ruleSet().rules(), used);
        for (RuleParameter parameter : checked.ruleSet().parameters().values()) {
            visible.put(parameter.name(), parameter.ruleType());
            if (used.contains(parameter.name())) {
                method.addStatement("$T $N = $L", javaType(parameter.ruleType()), variable(parameter.name()),
                        input.parameterValue().apply(parameter));
            }
        }
        method.addCode(rules(checked.ruleSet().rules()));
        return method.build();
    }

    /** The rules of a rule list in order; after them, a throw unless the last one always applies. */
    private CodeBlock rules(List<Rule> rules) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (Rule rule : rules) {
            Map<String, RuleType> outer = new LinkedHashMap<>(visible);
            boolean always = rule(rule, code);
            visible.clear();
            visible.putAll(outer);
            if (always) {
                return code.build();
            }
        }
        return code.addStatement("throw $T.noMatch()", RuntimeTypes.RULE_RESULTS).build();
    }

    /** One rule: its assigned names declared, its conditions tested, its body; true when it always applies. */
    private boolean rule(Rule rule, CodeBlock.Builder code) {
        List<Condition> assigning = rule.conditions().stream().filter(c -> c.assign() != null).toList();
        if (!assigning.isEmpty()) {
            code.add("{\n").indent();
            for (Condition assign : assigning) {
                code.addStatement("$T $N", javaType(checked.type(assign.function())), variable(assign.assign()));
            }
        }
        CodeBlock condition = conditions(rule);
        CodeBlock body = body(rule);
        if (condition == null) {
            code.add(body);
        } else {
            code.beginControlFlow("if ($L)", condition).add(body).endControlFlow();
        }
        if (!assigning.isEmpty()) {
            code.unindent().add("}\n");
        }
        return condition == null;
    }

    private CodeBlock body(Rule rule) {
        if (rule instanceof Rule.EndpointRule endpoint) {
            return CodeBlock.builder().addStatement("return $L", endpoint(endpoint.endpoint())).build();
        }
        if (rule instanceof Rule.ErrorRule error) {
            return CodeBlock.builder()
                    .addStatement("throw $T.error($L)", RuntimeTypes.RULE_RESULTS, expr(error.message()).code)
                    .build();
        }
        return CodeBlock.builder().addStatement("return $L", tree((Rule.TreeRule) rule)).build();
    }

    /** A method for a tree rule; returns the call of it with the visible values its rules use. */
    private CodeBlock tree(Rule.TreeRule tree) {
        String name = "rules" + (++trees);
        Set<String> used = new LinkedHashSet<>();
        collectUsed(tree.rules(), used);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(RuntimeTypes.ENDPOINT);
        List<CodeBlock> arguments = new ArrayList<>();
        visible.forEach((visibleName, type) -> {
            if (used.contains(visibleName)) {
                method.addParameter(javaType(type), variable(visibleName));
                arguments.add(CodeBlock.of("$N", variable(visibleName)));
            }
        });
        int index = methods.size();
        methods.add(null);
        method.addCode(rules(tree.rules()));
        methods.set(index, method.build());
        return CodeBlock.of("$N($L)", name, CodeBlock.join(arguments, ", "));
    }

    /** The {@code &&} chain of a rule's conditions; null when there are none to test. */
    private CodeBlock conditions(Rule rule) {
        List<CodeBlock> tests = new ArrayList<>();
        for (Condition condition : rule.conditions()) {
            Compiled value = expr(condition.function());
            RuleType type = checked.type(condition.function());
            CodeBlock test;
            if (condition.assign() == null) {
                test = truthy(value, type);
            } else {
                String variable = variable(condition.assign());
                visible.put(condition.assign(), type);
                CodeBlock assigned = CodeBlock.of("($N = $L)", variable, value.code);
                if (type.equals(RuleType.BOOLEAN)) {
                    test = assigned;
                } else if (type.inner().equals(RuleType.BOOLEAN)) {
                    test = CodeBlock.of("$L != null && $N", assigned, variable);
                } else {
                    test = CodeBlock.of("$L != null", assigned);
                }
            }
            if (test != null) {
                tests.add(test);
            }
        }
        return tests.isEmpty() ? null : CodeBlock.join(tests, "\n        && ");
    }

    /** The test that a value is set and not false; null when it always is. */
    private static CodeBlock truthy(Compiled value, RuleType type) {
        if (type.equals(RuleType.BOOLEAN)) {
            return value.code;
        }
        if (type.inner().equals(RuleType.BOOLEAN)) {
            return CodeBlock.of("$T.TRUE.equals($L)", Boolean.class, value.code);
        }
        if (type.isOptional() || !value.java.isPrimitive()) {
            return CodeBlock.of("$L != null", value.operand());
        }
        return null;
    }

    private CodeBlock endpoint(Rule.EndpointSpec endpoint) {
        Expr.Template host = hostOnly(endpoint.url());
        String method = host == null ? "endpoint" : "endpointAtHost";
        CodeBlock url = host == null ? expr(endpoint.url()).code
                : CodeBlock.of("$S, $L", scheme((Expr.Template) endpoint.url()), template(host).code);
        if (endpoint.headers().isEmpty() && endpoint.properties().isEmpty()) {
            return CodeBlock.of("$T.$L($L)", RuntimeTypes.RULE_RESULTS, method, url);
        }
        CodeBlock headers;
        if (endpoint.headers().isEmpty()) {
            headers = CodeBlock.of("$T.of()", MAP);
        } else {
            List<CodeBlock> entries = new ArrayList<>();
            endpoint.headers().forEach((name, values) -> entries.add(CodeBlock.of("$T.entry($S, $T.of($L))", MAP,
                    name, LIST, CodeBlock.join(values.stream().map(value -> expr(value).code).toList(), ", "))));
            headers = CodeBlock.of("$T.ofEntries($L)", MAP, CodeBlock.join(entries, ", "));
        }
        CodeBlock properties = endpoint.properties().isEmpty()
                ? CodeBlock.of("$T.of()", MAP)
                : record(endpoint.properties());
        return CodeBlock.of("$T.$L($L,\n$L,\n$L)", RuntimeTypes.RULE_RESULTS, method, url, headers, properties);
    }

    /**
     * The host part of a URL template that is a scheme, then a host built of literal DNS-name characters and values,
     * and nothing else ({@code https://api.ecr.{Region}.{PartitionResult#dnsSuffix}}), as most rule sets write their
     * URLs; null for any other URL. Such a URL is resolved from its scheme and host, without parsing the whole URL.
     */
    private static Expr.Template hostOnly(Expr url) {
        if (!(url instanceof Expr.Template template) || template.parts().isEmpty()
                || !(template.parts().get(0) instanceof Expr.Text first)) {
            return null;
        }
        String scheme = scheme(template);
        if (scheme == null) {
            return null;
        }
        List<Expr.Part> host = new ArrayList<>();
        String rest = first.value().substring(scheme.length() + 3);
        if (!rest.isEmpty()) {
            host.add(new Expr.Text(rest));
        }
        host.addAll(template.parts().subList(1, template.parts().size()));
        if (host.isEmpty()) {
            return null;
        }
        for (Expr.Part part : host) {
            if (part instanceof Expr.Text text && !text.value().chars().allMatch(c -> c == '.' || c == '-'
                    || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return null;
            }
        }
        return new Expr.Template(host, template.text(), template.where());
    }

    private static String scheme(Expr.Template template) {
        String first = template.parts().get(0) instanceof Expr.Text text ? text.value() : "";
        return first.startsWith("https://") ? "https" : first.startsWith("http://") ? "http" : null;
    }

    private CodeBlock record(Map<String, Expr> members) {
        List<CodeBlock> parts = new ArrayList<>();
        members.forEach((name, value) -> parts.add(CodeBlock.of("$S, $L", name, literal(value))));
        return CodeBlock.of("$T.record($L)", RuntimeTypes.RULE_RESULTS, CodeBlock.join(parts, ", "));
    }

    private CodeBlock literal(Expr value) {
        if (value instanceof Expr.RecordLiteral record) {
            return record(record.members());
        }
        if (value instanceof Expr.TupleLiteral tuple) {
            return CodeBlock.of("$T.of($L)", LIST,
                    CodeBlock.join(tuple.elements().stream().map(this::literal).toList(), ", "));
        }
        return expr(value).code;
    }

    /** Compiled code with its Java type; {@code atomic} when it needs no parentheses as an operand. */
    private record Compiled(CodeBlock code, TypeName java, boolean atomic) {
        CodeBlock operand() {
            return atomic ? code : CodeBlock.of("($L)", code);
        }
    }

    private Compiled expr(Expr expr) {
        RuleType type = checked.type(expr);
        if (expr instanceof Expr.Template template) {
            return template(template);
        }
        if (expr instanceof Expr.BoolLiteral bool) {
            return new Compiled(CodeBlock.of("$L", bool.value()), TypeName.BOOLEAN, true);
        }
        if (expr instanceof Expr.IntLiteral number) {
            return new Compiled(CodeBlock.of("$L", number.value()), TypeName.INT, true);
        }
        if (expr instanceof Expr.Ref ref) {
            return new Compiled(CodeBlock.of("$N", variable(ref.name())), javaType(declaredType(ref.name())), true);
        }
        if (expr instanceof Expr.GetAttr getAttr) {
            return getAttr(getAttr);
        }
        if (expr instanceof Expr.Call call) {
            return call(call, type);
        }
        throw new IllegalStateException("not an expression the checker accepts here: " + expr.where());
    }

    private RuleType declaredType(String name) {
        RuleType type = visible.get(name);
        if (type == null) {
            throw new IllegalStateException(name + " is not visible where it is used");
        }
        return type;
    }

    private Compiled template(Expr.Template template) {
        List<CodeBlock> parts = new ArrayList<>();
        for (Expr.Part part : template.parts()) {
            if (part instanceof Expr.Text text) {
                parts.add(CodeBlock.of("$S", text.value()));
            } else {
                parts.add(expr(((Expr.Dynamic) part).expression()).operand());
            }
        }
        if (parts.isEmpty()) {
            return new Compiled(CodeBlock.of("$S", ""), ClassName.get(String.class), true);
        }
        if (parts.size() == 1) {
            return new Compiled(parts.get(0), ClassName.get(String.class), true);
        }
        return new Compiled(CodeBlock.join(parts, " + "), ClassName.get(String.class), false);
    }

    private Compiled getAttr(Expr.GetAttr getAttr) {
        Compiled target = expr(getAttr.target());
        CodeBlock code = target.operand();
        boolean unsetTarget = checked.type(getAttr.target()).isOptional();
        RuleType type = checked.type(getAttr.target()).inner();
        TypeName java = target.java;
        for (Expr.PathPart part : getAttr.path()) {
            if (part instanceof Expr.Field field) {
                RuleType.Record record = (RuleType.Record) type;
                type = record.fields().get(field.name());
                code = CodeBlock.of("$L.$N()", code, field.name());
                java = javaType(type);
            } else {
                RuleType element = ((RuleType.Array) type).element();
                code = CodeBlock.of("$T.listElement($L, $L)", RuntimeTypes.RULES_FUNCTIONS, code,
                        ((Expr.Index) part).index());
                type = RuleType.optional(element);
                java = javaType(type);
            }
        }
        if (unsetTarget) {
            TypeName boxed = java.isPrimitive() ? java.box() : java;
            return new Compiled(CodeBlock.of("$L == null ? null : $L", target.operand(), as(new Compiled(code, java,
                    true), boxed)), boxed, false);
        }
        return new Compiled(code, java, true);
    }

    private Compiled call(Expr.Call call, RuleType type) {
        List<Expr> args = call.arguments();
        switch (call.function()) {
            case IS_SET: {
                Compiled value = expr(args.get(0));
                return value.java.isPrimitive() ? new Compiled(CodeBlock.of("true"), TypeName.BOOLEAN, true)
                        : new Compiled(CodeBlock.of("$L != null", value.operand()), TypeName.BOOLEAN, false);
            }
            case NOT: {
                Compiled value = expr(args.get(0));
                if (checked.type(args.get(0)).isOptional()) {
                    return new Compiled(CodeBlock.of("$T.FALSE.equals($L)", Boolean.class, value.code),
                            TypeName.BOOLEAN, true);
                }
                return new Compiled(CodeBlock.of("!$L", value.operand()), TypeName.BOOLEAN, true);
            }
            case BOOLEAN_EQUALS:
                return booleanEquals(args.get(0), args.get(1));
            case STRING_EQUALS:
                return stringEquals(args.get(0), args.get(1));
            case COALESCE:
                return coalesce(args, type);
            case ITE: {
                Compiled yes = expr(args.get(1));
                Compiled no = expr(args.get(2));
                TypeName java = javaType(type);
                return new Compiled(CodeBlock.of("$L ? $L : $L", expr(args.get(0)).operand(), as(yes, java),
                        as(no, java)), java, false);
            }
            default:
                break;
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (Expr arg : args) {
            arguments.add(expr(arg).code);
        }
        String method = switch (call.function()) {
            case SUBSTRING -> "substring";
            case URI_ENCODE -> "uriEncode";
            case PARSE_URL -> "parseUrl";
            case IS_VALID_HOST_LABEL -> "isValidHostLabel";
            case SPLIT -> "split";
            case PARTITION -> "partition";
            case PARSE_ARN -> "parseArn";
            case IS_VIRTUAL_HOSTABLE_S3_BUCKET -> "isVirtualHostableS3Bucket";
            default -> throw new IllegalStateException("no runtime function for " + call.function());
        };
        TypeName java = type.inner().equals(RuleType.BOOLEAN) ? TypeName.BOOLEAN : javaType(type);
        return new Compiled(CodeBlock.of("$T.$N($L)", RuntimeTypes.RULES_FUNCTIONS, method,
                CodeBlock.join(arguments, ", ")), java, true);
    }

    /** A value as the given type: a primitive is boxed where the other branch may be null. */
    private static CodeBlock as(Compiled value, TypeName java) {
        if (value.java.isPrimitive() && !java.isPrimitive()) {
            return CodeBlock.of("$T.valueOf($L)", java, value.code);
        }
        return value.operand();
    }

    private Compiled booleanEquals(Expr left, Expr right) {
        if (right instanceof Expr.BoolLiteral literal) {
            return literalTest(expr(left), checked.type(left).isOptional(), literal.value());
        }
        if (left instanceof Expr.BoolLiteral literal) {
            return literalTest(expr(right), checked.type(right).isOptional(), literal.value());
        }
        Compiled a = expr(left);
        Compiled b = expr(right);
        if (checked.type(left).isOptional() || checked.type(right).isOptional()) {
            return setAndEqual(a, b, ClassName.get(Boolean.class));
        }
        CodeBlock first = a.java.isPrimitive() || b.java.isPrimitive() ? a.operand()
                : CodeBlock.of("$L.booleanValue()", a.operand());
        return new Compiled(CodeBlock.of("$L == $L", first, b.operand()), TypeName.BOOLEAN, false);
    }

    private static Compiled literalTest(Compiled value, boolean unset, boolean expected) {
        if (unset) {
            return new Compiled(CodeBlock.of("$T.$L.equals($L)", Boolean.class, expected ? "TRUE" : "FALSE",
                    value.code), TypeName.BOOLEAN, true);
        }
        return expected ? new Compiled(value.code, TypeName.BOOLEAN, value.atomic)
                : new Compiled(CodeBlock.of("!$L", value.operand()), TypeName.BOOLEAN, true);
    }

    /** Two values of which one may be unset: equal only when the first is set. */
    private static Compiled setAndEqual(Compiled a, Compiled b, TypeName boxed) {
        return new Compiled(CodeBlock.of("$L != null && $L.equals($L)", as(a, boxed), as(a, boxed), as(b, boxed)),
                TypeName.BOOLEAN, false);
    }

    private Compiled stringEquals(Expr left, Expr right) {
        if (right instanceof Expr.Template template && template.isStatic()) {
            return new Compiled(CodeBlock.of("$S.equals($L)", staticText(template), expr(left).code),
                    TypeName.BOOLEAN, true);
        }
        if (left instanceof Expr.Template template && template.isStatic()) {
            return new Compiled(CodeBlock.of("$S.equals($L)", staticText(template), expr(right).code),
                    TypeName.BOOLEAN, true);
        }
        if (checked.type(left).isOptional() || checked.type(right).isOptional()) {
            return setAndEqual(expr(left), expr(right), ClassName.get(String.class));
        }
        return new Compiled(CodeBlock.of("$L.equals($L)", expr(left).operand(), expr(right).code), TypeName.BOOLEAN,
                true);
    }

    private static String staticText(Expr.Template template) {
        StringBuilder text = new StringBuilder();
        template.parts().forEach(part -> text.append(((Expr.Text) part).value()));
        return text.toString();
    }

    private Compiled coalesce(List<Expr> args, RuleType type) {
        TypeName java = javaType(RuleType.optional(type.inner()));
        CodeBlock code = as(expr(args.get(args.size() - 1)), java);
        for (int i = args.size() - 2; i >= 0; i--) {
            code = CodeBlock.of("coalesce($L, $L)", as(expr(args.get(i)), java), code);
        }
        coalesceUsed = true;
        TypeName result = javaType(type);
        if (result.isPrimitive()) {
            return new Compiled(CodeBlock.of("$L.$N()", code, result.equals(TypeName.BOOLEAN) ? "booleanValue"
                    : "intValue"), result, true);
        }
        return new Compiled(code, result, true);
    }

    private static MethodSpec coalesceHelper() {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("coalesce")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(t, "first")
                .addParameter(t, "second")
                .addStatement("return first != null ? first : second")
                .build();
    }

    private String variable(String name) {
        String java = input.variables().get(name);
        if (java == null) {
            throw new IllegalStateException("no Java name for " + name);
        }
        return java;
    }

    /** The Java type that holds values of a rules type: primitives when always set, boxes when optional. */
    static TypeName javaType(RuleType type) {
        boolean optional = type.isOptional();
        RuleType inner = type.inner();
        if (inner.equals(RuleType.STRING)) {
            return ClassName.get(String.class);
        }
        if (inner.equals(RuleType.BOOLEAN)) {
            return optional ? ClassName.get(Boolean.class) : TypeName.BOOLEAN;
        }
        if (inner.equals(RuleType.INTEGER)) {
            return optional ? ClassName.get(Integer.class) : TypeName.INT;
        }
        if (inner instanceof RuleType.Array array) {
            return ParameterizedTypeName.get(LIST, javaType(RuleType.optional(array.element())));
        }
        if (inner instanceof RuleType.Record record && record.javaClass() != null) {
            return RuntimeTypes.endpointsClass(record.javaClass());
        }
        return ClassName.OBJECT;
    }

    private static void collectUsed(List<Rule> rules, Set<String> used) {
        for (Rule rule : rules) {
            rule.conditions().forEach(condition -> collectRefs(condition.function(), used));
            if (rule instanceof Rule.EndpointRule endpoint) {
                collectRefs(endpoint.endpoint().url(), used);
                endpoint.endpoint().headers().values().forEach(values -> values.forEach(v -> collectRefs(v, used)));
                endpoint.endpoint().properties().values().forEach(value -> collectRefs(value, used));
            } else if (rule instanceof Rule.ErrorRule error) {
                collectRefs(error.message(), used);
            } else if (rule instanceof Rule.TreeRule tree) {
                collectUsed(tree.rules(), used);
            }
        }
    }

    private static void collectRefs(Expr expr, Set<String> used) {
        if (expr instanceof Expr.Ref ref) {
            used.add(ref.name());
        } else if (expr instanceof Expr.Template template) {
            template.parts().stream().filter(p -> p instanceof Expr.Dynamic)
                    .forEach(p -> collectRefs(((Expr.Dynamic) p).expression(), used));
        } else if (expr instanceof Expr.GetAttr getAttr) {
            collectRefs(getAttr.target(), used);
        } else if (expr instanceof Expr.Call call) {
            call.arguments().forEach(argument -> collectRefs(argument, used));
        } else if (expr instanceof Expr.TupleLiteral tuple) {
            tuple.elements().forEach(element -> collectRefs(element, used));
        } else if (expr instanceof Expr.RecordLiteral record) {
            record.members().values().forEach(member -> collectRefs(member, used));
        }
    }

    private static void collectAssigned(List<Rule> rules, Set<String> names) {
        for (Rule rule : rules) {
            rule.conditions().stream().filter(c -> c.assign() != null).forEach(c -> names.add(c.assign()));
            if (rule instanceof Rule.TreeRule tree) {
                collectAssigned(tree.rules(), names);
            }
        }
    }
}
