package dev.ecrgen.codegen.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.jmespath.CompiledPath;
import dev.ecrgen.codegen.jmespath.OperationContextParams;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.rules.RuleParameter;
import dev.ecrgen.codegen.rules.RuleSet;
import dev.ecrgen.codegen.rules.RuleType;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code internal.<Service>EndpointResolver}: the glue between a client and its endpoint provider. It fills the
 * rule set's built-in parameters from the client's settings ({@code AWS::Region}, {@code AWS::UseFIPS},
 * {@code AWS::UseDualStack}, {@code SDK::Endpoint}) and, for operations that have them, the parameters the model takes
 * from the operation ({@code staticContextParams}) or from its input ({@code contextParam} members and the JMESPath
 * paths of {@code operationContextParams}), as the AWS SDK for Java v2 fills them.
 */
final class EndpointResolverEmitter {
    /** The built-ins a client fills from its settings, with how. */
    static final Map<String, String> CLIENT_BUILT_INS = Map.of(
            "AWS::Region", "settings.region()",
            "AWS::UseFIPS", "settings.useFips()",
            "AWS::UseDualStack", "settings.useDualStack()");
    static final String ENDPOINT_BUILT_IN = "SDK::Endpoint";
    static final String ACCOUNT_ID_MODE_BUILT_IN = "AWS::Auth::AccountIdEndpointMode";
    static final String ACCOUNT_ID_BUILT_IN = "AWS::Auth::AccountId";

    private final EmitContext context;
    private final Names names;
    private final OperationContextParams paths;
    private boolean deprecatedUsed;

    EndpointResolverEmitter(EmitContext context) {
        this.context = context;
        this.names = context.names();
        this.paths = new OperationContextParams(context.index());
    }

    JavaFile emit() {
        RuleSet rules = context.index().endpointRules().ruleSet();
        ClassName name = names.endpointResolver();
        ClassName params = names.endpointParams();
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.RULE_SET_ENDPOINTS, params))
                .addJavadoc("Fills the $L endpoint rule set's parameters from the client's settings and each call's "
                        + "request, and resolves them with the compiled rule set or the client's own provider.\n",
                        names.serviceBase())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the resolver of a client.\n\n"
                                + "@param settings the client's settings\n"
                                + "@param provider the provider set on the client builder, or null for the rule set\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.COMMON_SETTINGS, "settings")
                        .addParameter(names.endpointProvider(), "provider")
                        .addStatement("super(settings, clientParams(settings), $T::$N,\n"
                                        + "provider == null ? null : provider::resolveEndpoint)",
                                names.defaultEndpointProvider(), EndpointProviderEmitter.RESOLVE)
                        .build())
                .addMethod(clientParams(rules, params));
        String accountId = parameterWithBuiltIn(rules, ACCOUNT_ID_BUILT_IN);
        if (accountId != null) {
            type.addMethod(MethodSpec.methodBuilder("callParams")
                    .addJavadoc("The client's parameters with the account ID of the credentials the call is signed "
                            + "with.\n")
                    .addModifiers(Modifier.PRIVATE)
                    .returns(params.nestedClass("Builder"))
                    .addParameter(RuntimeTypes.OPERATION_INFO, "operation")
                    .addStatement("return clientParams().toBuilder().$N(accountId(operation))",
                            names.endpointParamMethod(accountId))
                    .build());
        }
        List<OperationParams> operations = operationParams(rules, accountId != null);
        if (!operations.isEmpty() || accountId != null) {
            MethodSpec.Builder resolve = MethodSpec.methodBuilder("resolve")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeTypes.RESOLVED_ENDPOINT)
                    .addParameter(RuntimeTypes.OPERATION_INFO, "operation")
                    .addParameter(Object.class, "request");
            CodeBlock otherwise = accountId != null ? CodeBlock.of("forParams(callParams(operation).build())")
                    : CodeBlock.of("forClient()");
            if (operations.isEmpty()) {
                resolve.addStatement("return $L", otherwise);
            } else {
                resolve.beginControlFlow("switch (operation.name())");
                for (OperationParams operation : operations) {
                    resolve.addStatement("case $S: return $N($L($T) request)", operation.name, operation.method,
                            accountId != null ? "operation, " : "", operation.request);
                    type.addMethod(operation.spec);
                }
                resolve.addStatement("default: return $L", otherwise).endControlFlow();
            }
            type.addMethod(resolve.build());
        }
        if (deprecatedUsed) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "deprecation")
                    .build());
        }
        return context.file(name.packageName(), type);
    }

    private MethodSpec clientParams(RuleSet rules, ClassName params) {
        CodeBlock.Builder code = CodeBlock.builder().add("return $T.builder()", params);
        for (RuleParameter parameter : rules.parameters().values()) {
            String builtIn = parameter.builtIn();
            String method = names.endpointParamMethod(parameter.name());
            if (builtIn == null) {
                continue;
            }
            if (CLIENT_BUILT_INS.containsKey(builtIn)) {
                code.add("\n.$N($L)", method, CLIENT_BUILT_INS.get(builtIn));
            } else if (ENDPOINT_BUILT_IN.equals(builtIn)) {
                code.add("\n.$N(settings.endpointOverride().map($T::toString).orElse(null))", method, URI.class);
            } else if (ACCOUNT_ID_MODE_BUILT_IN.equals(builtIn)) {
                code.add("\n.$N(settings.accountIdEndpointMode().map($T::value).orElse(null))", method,
                        RuntimeTypes.ACCOUNT_ID_ENDPOINT_MODE);
            }
        }
        code.add("\n.build()");
        return MethodSpec.methodBuilder("clientParams")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(params)
                .addParameter(RuntimeTypes.COMMON_SETTINGS, "settings")
                .addStatement(code.build())
                .build();
    }

    private record OperationParams(String name, String method, ClassName request, MethodSpec spec) {}

    /** The parameter filled from a built-in, or null when the rule set has none. */
    static String parameterWithBuiltIn(RuleSet rules, String builtIn) {
        for (RuleParameter parameter : rules.parameters().values()) {
            if (builtIn.equals(parameter.builtIn())) {
                return parameter.name();
            }
        }
        return null;
    }

    /** A method per generated operation that adds parameters of its own. */
    private List<OperationParams> operationParams(RuleSet rules, boolean perCall) {
        List<OperationParams> result = new ArrayList<>();
        for (Map.Entry<String, Operation> entry : context.index().operations().entrySet()) {
            String operationName = entry.getKey();
            Operation operation = entry.getValue();
            Map<String, CodeBlock> fixed = new LinkedHashMap<>();
            operation.staticContextParams().forEach((param, value) ->
                    fixed.put(param, literal(value.value())));
            Map<String, CodeBlock> fromRequest = new LinkedHashMap<>();
            ClassName request = names.requestClass(operationName);
            if (operation.input() != null) {
                Shape input = context.shape(operation.input().shape());
                for (MemberModel member : context.members(input, false)) {
                    if (member.ref().contextParam() != null) {
                        fromRequest.put(member.ref().contextParam().name(),
                                CodeBlock.of("request.$N()", member.rawAccessor()));
                        deprecatedUsed |= member.ref().deprecated() || member.shape().deprecated();
                    }
                }
            }
            for (Map.Entry<String, Operation.OperationContextParam> param
                    : operation.operationContextParams().entrySet()) {
                RuleParameter parameter = rules.parameters().get(param.getKey());
                String where = "operations." + operationName + ".operationContextParams." + param.getKey() + ".path";
                OperationContextParams.Type type = parameter.type().equals(RuleType.STRING_ARRAY)
                        ? OperationContextParams.Type.STRING_ARRAY : OperationContextParams.Type.STRING;
                CompiledPath path = paths.compile(where, param.getValue().path(),
                        operation.input() == null ? null : operation.input().shape(), request,
                        CodeBlock.of("request"), type);
                deprecatedUsed |= path.deprecated();
                fromRequest.put(param.getKey(), path.code());
            }
            if (fixed.isEmpty() && fromRequest.isEmpty()) {
                continue;
            }
            String method = names.operationMethod(operationName);
            MethodSpec.Builder spec = MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PRIVATE)
                    .returns(RuntimeTypes.RESOLVED_ENDPOINT);
            if (perCall) {
                spec.addParameter(RuntimeTypes.OPERATION_INFO, "operation");
            }
            spec.addParameter(request, "request");
            CodeBlock.Builder builder = CodeBlock.builder().add("$T.Builder params = $L", names.endpointParams(),
                    perCall ? "callParams(operation)" : "clientParams().toBuilder()");
            fixed.forEach((param, value) -> builder.add("\n.$N($L)", names.endpointParamMethod(param), value));
            spec.addStatement(builder.build());
            if (!fromRequest.isEmpty()) {
                spec.beginControlFlow("if (request != null)");
                fromRequest.forEach((param, value) ->
                        spec.addStatement("params.$N($L)", names.endpointParamMethod(param), value));
                spec.endControlFlow();
            }
            spec.addStatement("return forParams(params.build())");
            result.add(new OperationParams(operationName, method, request, spec.build()));
        }
        return result;
    }

    private static CodeBlock literal(JsonNode value) {
        if (value.isBoolean()) {
            return CodeBlock.of("$L", value.asBoolean());
        }
        if (value.isArray()) {
            List<CodeBlock> elements = new ArrayList<>();
            value.forEach(element -> elements.add(CodeBlock.of("$S", element.asText())));
            return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(elements, ", "));
        }
        return CodeBlock.of("$S", value.asText());
    }
}
