package dev.ecrgen.codegen.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The function library of the rules language: the standard library and the AWS functions. {@code getAttr} is parsed
 * into {@link Expr.GetAttr} instead. Each entry has its argument types and result type; {@code isSet},
 * {@code coalesce} and {@code ite} take values of any type and are typed by {@link RuleChecker}.
 */
public enum RuleFunction {
    IS_SET("isSet", null, RuleType.BOOLEAN),
    NOT("not", List.of(RuleType.BOOLEAN), RuleType.BOOLEAN),
    BOOLEAN_EQUALS("booleanEquals", List.of(RuleType.BOOLEAN, RuleType.BOOLEAN), RuleType.BOOLEAN),
    STRING_EQUALS("stringEquals", List.of(RuleType.STRING, RuleType.STRING), RuleType.BOOLEAN),
    SUBSTRING("substring", List.of(RuleType.STRING, RuleType.INTEGER, RuleType.INTEGER, RuleType.BOOLEAN),
            RuleType.optional(RuleType.STRING)),
    URI_ENCODE("uriEncode", List.of(RuleType.STRING), RuleType.STRING),
    PARSE_URL("parseURL", List.of(RuleType.STRING), RuleType.optional(Records.URL)),
    IS_VALID_HOST_LABEL("isValidHostLabel", List.of(RuleType.STRING, RuleType.BOOLEAN), RuleType.BOOLEAN),
    SPLIT("split", List.of(RuleType.STRING, RuleType.STRING, RuleType.INTEGER), RuleType.STRING_ARRAY),
    COALESCE("coalesce", null, null),
    ITE("ite", null, null),
    PARTITION("aws.partition", List.of(RuleType.STRING), RuleType.optional(Records.PARTITION)),
    PARSE_ARN("aws.parseArn", List.of(RuleType.STRING), RuleType.optional(Records.ARN)),
    IS_VIRTUAL_HOSTABLE_S3_BUCKET("aws.isVirtualHostableS3Bucket", List.of(RuleType.STRING, RuleType.BOOLEAN),
            RuleType.BOOLEAN);

    /** The name of the function that reads record fields and array elements. */
    public static final String GET_ATTR = "getAttr";

    private static final Map<String, RuleFunction> BY_NAME = new LinkedHashMap<>();

    static {
        for (RuleFunction function : values()) {
            BY_NAME.put(function.ruleName, function);
        }
    }

    private final String ruleName;
    private final List<RuleType> parameters;
    private final RuleType result;

    RuleFunction(String ruleName, List<RuleType> parameters, RuleType result) {
        this.ruleName = ruleName;
        this.parameters = parameters;
        this.result = result;
    }

    /** The function called {@code name} in rule sets, or null when the library has none. */
    public static RuleFunction named(String name) {
        return BY_NAME.get(name);
    }

    /** Every function name the library knows, {@code getAttr} included, for messages. */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(BY_NAME.keySet());
        names.add(GET_ATTR);
        names.sort(null);
        return names;
    }

    /** The name rule sets use, e.g. {@code aws.partition}. */
    public String ruleName() {
        return ruleName;
    }

    /** The argument types, or null when the checker types the arguments itself. */
    public List<RuleType> parameters() {
        return parameters;
    }

    /** The result type, or null when it depends on the arguments. */
    public RuleType result() {
        return result;
    }

    /** The records library functions return. */
    public static final class Records {
        public static final RuleType.Record PARTITION = new RuleType.Record("Partition", "RulePartition", fields(
                "name", RuleType.STRING, "dnsSuffix", RuleType.STRING, "dualStackDnsSuffix", RuleType.STRING,
                "supportsFIPS", RuleType.BOOLEAN, "supportsDualStack", RuleType.BOOLEAN,
                "implicitGlobalRegion", RuleType.STRING));
        public static final RuleType.Record ARN = new RuleType.Record("ARN", "RuleArn", fields(
                "partition", RuleType.STRING, "service", RuleType.STRING, "region", RuleType.STRING,
                "accountId", RuleType.STRING, "resourceId", RuleType.STRING_ARRAY));
        public static final RuleType.Record URL = new RuleType.Record("URL", "RuleUrl", fields(
                "scheme", RuleType.STRING, "authority", RuleType.STRING, "path", RuleType.STRING,
                "normalizedPath", RuleType.STRING, "isIp", RuleType.BOOLEAN));

        private Records() {}

        private static Map<String, RuleType> fields(Object... namesAndTypes) {
            Map<String, RuleType> fields = new LinkedHashMap<>();
            for (int i = 0; i < namesAndTypes.length; i += 2) {
                fields.put((String) namesAndTypes[i], (RuleType) namesAndTypes[i + 1]);
            }
            return java.util.Collections.unmodifiableMap(fields);
        }
    }
}
