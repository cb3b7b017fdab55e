package dev.ecrgen.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.c2j.ShapeRef;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.rules.RuleParameter;
import dev.ecrgen.codegen.rules.RuleSet;
import dev.ecrgen.codegen.rules.RuleType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks how a model feeds its endpoint rule set: every {@code staticContextParams}, {@code contextParam} and
 * {@code operationContextParams} entry names a rule-set parameter of a type its value can fill, and every built-in the
 * client fills has the type the SDK gives it. Built-ins the client does not know are left to the caller to set on
 * {@code EndpointParams}, with a warning.
 *
 * <p>Codes: E170 a context parameter the rule set does not define, E171 a value of the wrong type, E172 a built-in
 * declared with the wrong type.
 */
public final class EndpointParamsValidator {
    private static final Map<String, RuleType> BUILT_INS = Map.of(
            "AWS::Region", RuleType.STRING,
            "AWS::UseFIPS", RuleType.BOOLEAN,
            "AWS::UseDualStack", RuleType.BOOLEAN,
            "SDK::Endpoint", RuleType.STRING,
            "AWS::Auth::AccountId", RuleType.STRING,
            "AWS::Auth::AccountIdEndpointMode", RuleType.STRING);

    private EndpointParamsValidator() {}

    /**
     * Checks the model's context parameters against the rule set.
     *
     * @param bundle the model, with its rule set
     * @param selected the operations generated; null or empty for all
     * @param warnings receives one line per built-in the client cannot fill
     * @return the problems found
     */
    public static List<Problem> validate(ModelBundle bundle, Collection<String> selected, Consumer<String> warnings) {
        RuleSet rules = bundle.endpointRules();
        List<Problem> problems = new ArrayList<>();
        for (RuleParameter parameter : rules.parameters().values()) {
            String builtIn = parameter.builtIn();
            if (builtIn == null) {
                continue;
            }
            RuleType expected = BUILT_INS.get(builtIn);
            if (expected == null) {
                warnings.accept("endpoint rule set parameter " + parameter.name() + " takes the built-in " + builtIn
                        + ", which ecrgen clients do not fill; set it through a custom endpoint provider if needed");
            } else if (!expected.equals(parameter.type())) {
                problems.add(new Problem("E172", rules.source() + ": " + parameter.where(), "takes the built-in "
                        + builtIn + ", which is a " + expected + ", but is declared " + parameter.type()));
            }
        }
        Map<String, Shape> shapes = bundle.service().shapes();
        bundle.service().operations().forEach((name, operation) -> {
            if (operation == null || (selected != null && !selected.isEmpty() && !selected.contains(name))) {
                return;
            }
            String where = "operations." + name;
            operation.staticContextParams().forEach((param, value) -> {
                RuleParameter parameter = parameter(rules, param, where + ".staticContextParams." + param, problems);
                if (parameter != null && !fits(value.value(), parameter.type())) {
                    problems.add(new Problem("E171", where + ".staticContextParams." + param, "gives " + value.value()
                            + " to the rule set's " + parameter.type() + " parameter " + param));
                }
            });
            operation.operationContextParams().forEach((param, path) ->
                    parameter(rules, param, where + ".operationContextParams." + param, problems));
            contextParams(rules, shapes, operation, where, problems);
        });
        return problems;
    }

    private static void contextParams(RuleSet rules, Map<String, Shape> shapes, Operation operation, String where,
            List<Problem> problems) {
        if (operation.input() == null || shapes.get(operation.input().shape()) == null) {
            return;
        }
        Shape input = shapes.get(operation.input().shape());
        input.members().forEach((member, ref) -> {
            if (ref.contextParam() == null) {
                return;
            }
            String at = "shapes." + operation.input().shape() + ".members." + member + ".contextParam";
            RuleParameter parameter = parameter(rules, ref.contextParam().name(), at, problems);
            if (parameter != null && !fits(shapes, ref, parameter.type())) {
                Shape shape = shapes.get(ref.shape());
                problems.add(new Problem("E171", at, "gives a " + (shape == null ? "?" : shape.type()) + " ("
                        + ref.shape() + ") to the rule set's " + parameter.type() + " parameter "
                        + parameter.name()));
            }
        });
    }

    private static RuleParameter parameter(RuleSet rules, String name, String where, List<Problem> problems) {
        RuleParameter parameter = rules.parameters().get(name);
        if (parameter == null) {
            problems.add(new Problem("E170", where, "names '" + name + "', which the endpoint rule set does not "
                    + "define; its parameters are " + rules.parameters().keySet()));
        }
        return parameter;
    }

    private static boolean fits(JsonNode value, RuleType type) {
        if (type.equals(RuleType.BOOLEAN)) {
            return value.isBoolean();
        }
        if (type.equals(RuleType.STRING)) {
            return value.isTextual();
        }
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(Map<String, Shape> shapes, ShapeRef ref, RuleType type) {
        Shape shape = shapes.get(ref.shape());
        if (shape == null) {
            return false;
        }
        if (type.equals(RuleType.STRING)) {
            return "string".equals(shape.type());
        }
        if (type.equals(RuleType.BOOLEAN)) {
            return "boolean".equals(shape.type());
        }
        if (!"list".equals(shape.type()) || shape.member() == null) {
            return false;
        }
        Shape element = shapes.get(shape.member().shape());
        return element != null && Set.of("string").contains(element.type());
    }
}
