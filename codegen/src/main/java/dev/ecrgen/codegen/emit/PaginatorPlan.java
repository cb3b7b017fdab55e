package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.Paginator;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.jmespath.CompiledPath;
import dev.ecrgen.codegen.jmespath.JmesPathCompiler;
import dev.ecrgen.codegen.jmespath.JmesPathException;
import dev.ecrgen.codegen.jmespath.JmesType;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.validate.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the paginator classes of one operation are made of, worked out once from {@code paginators-1.json} against the
 * model: the token's type and the code that reads and sets it, and one item view per result key. Keys the model
 * cannot satisfy stop generation with a problem naming the paginator.
 *
 * @param operation the operation name
 * @param request the request class
 * @param response the response class
 * @param tokenType the token's Java type ({@code List<Object>} for several tokens)
 * @param paging the initializer of the {@code Paging} constant
 * @param uncheckedCasts whether that initializer casts to generic types
 * @param views the item views, in the order of the result keys
 * @param paginator the paginator as the model gives it, for documentation
 * @param deprecatedUsed whether any generated code touches something deprecated
 */
record PaginatorPlan(
        String operation,
        ClassName request,
        ClassName response,
        TypeName tokenType,
        CodeBlock paging,
        boolean uncheckedCasts,
        List<ItemView> views,
        Paginator paginator,
        boolean deprecatedUsed) {

    /**
     * One item view: the items under a result key across all pages.
     *
     * @param method the method name
     * @param resultKey the result key as in the model
     * @param itemType the item type; for maps, the entry type
     * @param map whether the key holds a map (entries) rather than a list
     * @param extractor code of a function from a page to the list or map
     */
    record ItemView(String method, String resultKey, TypeName itemType, boolean map, CodeBlock extractor) {}

    /** The plans of every paginated operation among those generated, by operation name. */
    static Map<String, PaginatorPlan> all(EmitContext context) {
        Map<String, PaginatorPlan> plans = new java.util.TreeMap<>();
        Map<String, Paginator> declared = context.index().bundle().paginators().pagination();
        for (String operation : context.index().operations().keySet()) {
            Paginator paginator = declared.get(operation);
            if (paginator != null && !paginator.inputToken().isEmpty() && !paginator.outputToken().isEmpty()) {
                plans.put(operation, of(context, operation, paginator));
            }
        }
        return plans;
    }

    private static PaginatorPlan of(EmitContext context, String operation, Paginator paginator) {
        Names names = context.names();
        Operation model = context.index().operations().get(operation);
        String inputShape = model.input() == null ? null : model.input().shape();
        String outputShape = model.output() == null ? null : model.output().shape();
        ClassName request = names.requestClass(operation);
        ClassName response = names.responseClass(operation);
        JmesPathCompiler compiler = new JmesPathCompiler(context.index());
        String where = "paginators." + operation;
        List<MemberModel> inputs = context.members(inputShape == null ? null : context.shape(inputShape), false);

        List<MemberModel> inputTokens = new ArrayList<>();
        for (String token : paginator.inputToken()) {
            inputTokens.add(inputMember(inputs, token, where + ".input_token"));
        }
        List<CodeBlock> outputCodes = new ArrayList<>();
        List<TypeName> outputTypes = new ArrayList<>();
        boolean deprecated = false;
        for (String token : paginator.outputToken()) {
            CompiledPath compiled = compile(compiler, token, response, outputShape, where + ".output_token");
            outputCodes.add(compiled.code());
            outputTypes.add(compiled.javaType());
            deprecated |= compiled.deprecated();
        }
        if (inputTokens.size() != outputCodes.size()) {
            throw problem("E135", where, "has " + inputTokens.size() + " input tokens but " + outputCodes.size()
                    + " output tokens; they must pair up");
        }
        boolean single = inputTokens.size() == 1;
        TypeName tokenType;
        CodeBlock requestToken;
        CodeBlock responseToken;
        CodeBlock withToken;
        boolean unchecked = false;
        if (single) {
            MemberModel input = inputTokens.get(0);
            tokenType = input.storage();
            if (!tokenType.equals(outputTypes.get(0))) {
                throw problem("E135", where, "input token '" + input.modelName() + "' is " + tokenType
                        + " but output token '" + paginator.outputToken().get(0) + "' is " + outputTypes.get(0)
                        + "; a token must keep its type from one page to the next");
            }
            requestToken = CodeBlock.of("$T::$N", request, input.rawAccessor());
            CodeBlock reference = compiler.reference(paginator.outputToken().get(0), outputShape, response);
            responseToken = reference != null ? reference
                    : CodeBlock.of("($T response) -> $L", response, outputCodes.get(0));
            withToken = CodeBlock.of("($T request, $T token) -> request.toBuilder().$N(token).build()", request,
                    tokenType, setter(input));
        } else {
            tokenType = ParameterizedTypeName.get(ClassName.get(List.class), ClassName.OBJECT);
            CodeBlock.Builder reads = CodeBlock.builder();
            CodeBlock.Builder sets = CodeBlock.builder();
            for (int i = 0; i < inputTokens.size(); i++) {
                MemberModel input = inputTokens.get(i);
                reads.add(i == 0 ? "" : ", ").add("request.$N()", input.rawAccessor());
                sets.add(".$N(($T) token.get($L))", setter(input), input.storage(), i);
                unchecked |= input.storage() instanceof ParameterizedTypeName;
            }
            requestToken = CodeBlock.of("($T request) -> $T.asList($L)", request, java.util.Arrays.class,
                    reads.build());
            responseToken = CodeBlock.of("($T response) -> $T.asList($L)", response, java.util.Arrays.class,
                    CodeBlock.join(outputCodes, ", "));
            withToken = CodeBlock.of("($T request, $T token) -> request.toBuilder()$L.build()", request, tokenType,
                    sets.build());
        }
        CodeBlock.Builder paging = CodeBlock.builder()
                .add("$T.of(\n$>$>$S, $S, $S,\n", PaginatorTypes.PAGING, names.serviceBase(), operation,
                        String.join(", ", paginator.inputToken()))
                .add("$L,\n$L,\n$L)$<$<", requestToken, responseToken, withToken);
        if (paginator.moreResults() != null) {
            CompiledPath more = compile(compiler, paginator.moreResults(), response, outputShape,
                    where + ".more_results");
            deprecated |= more.deprecated();
            paging.add("\n$>$>.moreResults(($T response) -> $T.truthy($L))$<$<", response, JmesPathCompiler.RUNTIME,
                    more.code());
        }
        List<ItemView> views = new ArrayList<>();
        deprecated |= views(context, compiler, paginator, response, outputShape, where, views);
        deprecated |= model.deprecated() || deprecatedShape(context, inputShape)
                || deprecatedShape(context, outputShape);
        for (MemberModel input : inputTokens) {
            deprecated |= input.ref().deprecated();
        }
        return new PaginatorPlan(operation, request, response, tokenType, paging.build(), unchecked, views,
                paginator, deprecated);
    }

    /** Adds the item views of the result keys; whether their code touches something deprecated. */
    private static boolean views(EmitContext context, JmesPathCompiler compiler, Paginator paginator,
            ClassName response, String outputShape, String where, List<ItemView> views) {
        Names names = context.names();
        boolean deprecated = false;
        Set<String> taken = new HashSet<>();
        for (String key : paginator.resultKey()) {
            if (paginator.nonAggregateKeys().contains(key)) {
                continue;
            }
            CompiledPath compiled = compile(compiler, key, response, outputShape, where + ".result_key");
            deprecated |= compiled.deprecated();
            CodeBlock reference = compiler.reference(key, outputShape, response);
            CodeBlock extractor = reference != null ? reference
                    : CodeBlock.of("($T response) -> $L", response, compiled.code());
            String method = names.paginatorItemMethod(key);
            if (!taken.add(method)) {
                method = names.paginatorItemMethod(pathName(names, key));
                taken.add(method);
            }
            if (compiled.type() instanceof JmesType.ListOf) {
                TypeName item = ((ParameterizedTypeName) compiled.javaType()).typeArguments().get(0);
                views.add(new ItemView(method, key, item, false, extractor));
            } else if (compiled.type() instanceof JmesType.MapOf) {
                TypeName map = compiled.javaType();
                TypeName entry = map instanceof ParameterizedTypeName
                        ? ParameterizedTypeName.get(ClassName.get(Map.Entry.class),
                                ((ParameterizedTypeName) map).typeArguments().toArray(new TypeName[0]))
                        : ClassName.OBJECT;
                views.add(new ItemView(method, key, entry, true, extractor));
            }
            // Scalar result keys (counts and the like) have no items to walk.
        }
        return deprecated;
    }

    /** {@code a.items} to {@code aItems}, to tell apart two keys that end alike. */
    private static String pathName(Names names, String key) {
        String[] parts = key.replace("[-1]", "").split("\\.");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(names.capitalized(parts[i]));
        }
        return out.toString();
    }

    private static CompiledPath compile(JmesPathCompiler compiler, String expression, ClassName response,
            String outputShape, String where) {
        try {
            return compiler.compile(expression, outputShape, response, CodeBlock.of("response"));
        } catch (JmesPathException e) {
            throw problem("E136", where, e.getMessage());
        }
    }

    private static MemberModel inputMember(List<MemberModel> inputs, String name, String where) {
        for (MemberModel member : inputs) {
            if (member.modelName().equals(name)) {
                return member;
            }
        }
        throw problem("E136", where, "'" + name + "' is not a member of the operation's input");
    }

    private static String setter(MemberModel member) {
        return member.kind() == MemberModel.Kind.LIST_OF_ENUM || member.kind() == MemberModel.Kind.MAP_OF_ENUM
                ? member.javaName() + "WithStrings" : member.javaName();
    }

    private static boolean deprecatedShape(EmitContext context, String shape) {
        if (shape == null) {
            return false;
        }
        Shape model = context.shape(shape);
        return model.deprecated();
    }

    private static CodegenException problem(String code, String where, String message) {
        return CodegenException.of(new Problem(code, where, message));
    }
}
