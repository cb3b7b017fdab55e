package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.rules.RuleParameter;
import dev.ecrgen.codegen.rules.RuleSet;
import dev.ecrgen.codegen.rules.RuleType;
import dev.ecrgen.codegen.types.RuntimeTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code <Service>EndpointParams}: the inputs of the endpoint rule set as an immutable value with a builder, one
 * member per parameter ({@code region(Region)} for {@code AWS::Region}, {@code List<String>} for string arrays),
 * defaults applied when it is built, as the AWS SDK for Java v2 names them.
 */
final class EndpointParamsEmitter {
    private static final String REGION_BUILT_IN = "AWS::Region";

    private final EmitContext context;

    EndpointParamsEmitter(EmitContext context) {
        this.context = context;
    }

    /** Whether a parameter is the SDK's region, held as a {@code Region}. */
    static boolean isRegion(RuleParameter parameter) {
        return REGION_BUILT_IN.equals(parameter.builtIn()) && parameter.type().equals(RuleType.STRING);
    }

    /** The Java type of a parameter's member. */
    static TypeName javaType(RuleParameter parameter) {
        if (isRegion(parameter)) {
            return RuntimeTypes.REGION;
        }
        if (parameter.type().equals(RuleType.BOOLEAN)) {
            return ClassName.get(Boolean.class);
        }
        if (parameter.type().equals(RuleType.STRING_ARRAY)) {
            return ParameterizedTypeName.get(List.class, String.class);
        }
        return ClassName.get(String.class);
    }

    JavaFile emit() {
        RuleSet rules = context.index().endpointRules().ruleSet();
        ClassName name = context.names().endpointParams();
        ClassName builder = name.nestedClass("Builder");
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.TO_COPYABLE_BUILDER, builder, name))
                .addJavadoc("The values the $L endpoint rule set decides where requests go from; build with "
                        + "{@link #builder()}.\n", context.names().serviceBase());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        TypeSpec.Builder builderType = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.COPYABLE_BUILDER, builder, name))
                .addJavadoc("Collects the values of {@link $T}; not thread-safe.\n", name)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(name, "params");
        List<String> fields = new ArrayList<>();
        for (RuleParameter parameter : rules.parameters().values()) {
            String member = context.names().endpointParamMethod(parameter.name());
            TypeName java = javaType(parameter);
            fields.add(member);
            type.addField(FieldSpec.builder(java, member, Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addStatement("this.$N = $L", member, initial(parameter, member));
            type.addMethod(MethodSpec.methodBuilder(member)
                    .addJavadoc(doc(parameter))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(java)
                    .addStatement("return $N", member)
                    .build());
            if (isRegion(parameter)) {
                type.addMethod(MethodSpec.methodBuilder(member + "Id")
                        .addJavadoc("The id of {@link #$N()}, such as {@code us-east-1}; null when not set.\n", member)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return $N == null ? null : $N.id()", member, member)
                        .build());
            }
            builderType.addField(FieldSpec.builder(java, member, Modifier.PRIVATE).build());
            copy.addStatement("this.$N = params.$N", member, member);
            builderType.addMethod(MethodSpec.methodBuilder(member)
                    .addJavadoc(doc(parameter))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(java, member)
                    .addStatement("this.$N = $N", member, member)
                    .addStatement("return this")
                    .build());
        }
        builderType.addMethod(copy.build());
        builderType.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Creates the immutable {@link $T}, with the rule set's defaults for values not set.\n", name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(name)
                .addStatement("return new $T(this)", name)
                .build());
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a new, empty builder.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new Builder()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("Starts a builder that holds these values.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new Builder(this)")
                .build());
        type.addMethod(equalsMethod(name, fields));
        type.addMethod(hashCode(fields));
        type.addMethod(toStringMethod(name, rules, fields));
        type.addType(builderType.build());
        return context.file(name.packageName(), type);
    }

    /** The value a member is built with: the builder's, else the rule set's default; required ones must be set. */
    private static CodeBlock initial(RuleParameter parameter, String member) {
        Object defaultValue = parameter.defaultValue();
        if (defaultValue instanceof Boolean value) {
            return CodeBlock.of("builder.$N != null ? builder.$N : $T.$L", member, member, Boolean.class,
                    value ? "TRUE" : "FALSE");
        }
        if (defaultValue instanceof String value) {
            return isRegion(parameter)
                    ? CodeBlock.of("builder.$N != null ? builder.$N : $T.of($S)", member, member, RuntimeTypes.REGION,
                            value)
                    : CodeBlock.of("builder.$N != null ? builder.$N : $S", member, member, value);
        }
        if (defaultValue instanceof List<?> values) {
            CodeBlock elements = CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
            return CodeBlock.of("builder.$N != null ? $T.unmodifiableList(new $T<>(builder.$N)) : $T.of($L)", member,
                    Collections.class, ArrayList.class, member, List.class, elements);
        }
        if (parameter.required()) {
            return CodeBlock.of("$T.requireNonNull(builder.$N, $S)", Objects.class, member, member
                    + " must not be null.");
        }
        if (parameter.type().equals(RuleType.STRING_ARRAY)) {
            return CodeBlock.of("builder.$N == null ? null : $T.unmodifiableList(new $T<>(builder.$N))", member,
                    Collections.class, ArrayList.class, member);
        }
        return CodeBlock.of("builder.$N", member);
    }

    private static CodeBlock doc(RuleParameter parameter) {
        CodeBlock.Builder doc = CodeBlock.builder();
        String text = JavadocText.of(parameter.documentation());
        doc.add("$L\n", text.isEmpty() ? "The rule set's " + JavadocText.plain(parameter.name()) + " parameter." : text);
        if (parameter.builtIn() != null) {
            doc.add("\n<p>The client fills it from {@code $L}.\n", JavadocText.of(parameter.builtIn()));
        }
        if (parameter.deprecatedMessage() != null) {
            String why = JavadocText.of(parameter.deprecatedMessage());
            doc.add("\n<p>Deprecated$L\n", why.isEmpty() ? "." : ": " + why);
        }
        return doc.build();
    }

    private static MethodSpec equalsMethod(ClassName name, List<String> fields) {
        CodeBlock.Builder test = CodeBlock.builder().add("return obj instanceof $T other", name);
        for (String field : fields) {
            test.add("\n        && $T.equals($N, other.$N)", Objects.class, field, field);
        }
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "obj")
                .addStatement(test.build())
                .build();
    }

    private static MethodSpec hashCode(List<String> fields) {
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", Objects.class,
                        CodeBlock.join(fields.stream().map(f -> CodeBlock.of("$N", f)).toList(), ", "))
                .build();
    }

    private static MethodSpec toStringMethod(ClassName name, RuleSet rules, List<String> fields) {
        CodeBlock.Builder code = CodeBlock.builder().add("return $T.of($S)", RuntimeTypes.TO_STRING,
                name.simpleName());
        int i = 0;
        for (RuleParameter parameter : rules.parameters().values()) {
            code.add("\n        .add($S, $N)", parameter.name(), fields.get(i++));
        }
        code.add("\n        .build()");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(code.build())
                .build();
    }
}
