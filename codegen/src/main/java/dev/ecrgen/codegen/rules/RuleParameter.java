package dev.ecrgen.codegen.rules;

/**
 * One parameter of a rule set.
 *
 * @param name the name rules refer to it by, e.g. {@code UseFIPS}
 * @param type its type
 * @param builtIn the value the SDK fills it from, e.g. {@code AWS::Region}; null when none
 * @param required whether it always has a value (then it is not optional in the rules)
 * @param defaultValue the default as a Java value ({@code String}, {@code Boolean} or {@code List<String>}); null when none
 * @param documentation the documentation text; null when none
 * @param deprecatedMessage why it is deprecated; null when it is not (empty when no reason is given)
 * @param where the place in the file, e.g. {@code parameters.UseFIPS}
 */
public record RuleParameter(String name, RuleType type, String builtIn, boolean required, Object defaultValue,
        String documentation, String deprecatedMessage, String where) {

    /** Whether rules see the parameter as possibly unset. */
    public boolean optional() {
        return !required && defaultValue == null;
    }

    /** The parameter's type as rules see it: optional unless required or defaulted. */
    public RuleType ruleType() {
        return optional() ? RuleType.optional(type) : type;
    }
}
