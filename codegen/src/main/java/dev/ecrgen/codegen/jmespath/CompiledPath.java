package dev.ecrgen.codegen.jmespath;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * A JMESPath expression compiled into one Java expression.
 *
 * @param code the Java expression; it may yield null unless {@code nonNull}
 * @param type what it yields, as the checker types it
 * @param javaType the static Java type of {@code code}
 * @param nonNull whether {@code code} never yields null
 * @param deprecated whether {@code code} names a class or calls an accessor the model marks deprecated, so that the
 *     code around it must suppress deprecation warnings
 */
public record CompiledPath(CodeBlock code, JmesType type, TypeName javaType, boolean nonNull, boolean deprecated) {}
