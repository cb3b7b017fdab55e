package dev.ecrgen.codegen.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ecrgen.codegen.load.JsonErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The actions an IAM policy document allows, read from its statements: an action is allowed when an {@code Allow}
 * statement covers it and no {@code Deny} statement does. A statement covers an action that one of its {@code Action}
 * patterns matches, or that none of its {@code NotAction} patterns match; patterns match as IAM matches them, ignoring
 * case, with {@code *} for any run of characters and {@code ?} for one. Resources and conditions are not compared: this
 * answers which actions a policy grants at all, the question a check for permission drift asks.
 */
public final class AllowedActions {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Rule> allow;
    private final List<Rule> deny;

    private AllowedActions(List<Rule> allow, List<Rule> deny) {
        this.allow = allow;
        this.deny = deny;
    }

    /** The patterns of one statement; {@code negated} for {@code NotAction}. */
    private record Rule(List<String> patterns, boolean negated) {
        boolean covers(String action) {
            boolean listed = false;
            for (String pattern : patterns) {
                if (matches(pattern, action)) {
                    listed = true;
                    break;
                }
            }
            return listed != negated;
        }
    }

    /**
     * Reads a policy document.
     *
     * @param name how messages name the document, e.g. its file
     * @throws IllegalArgumentException naming the document and the place when it is not JSON or not an IAM policy
     */
    public static AllowedActions parse(byte[] json, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(JsonErrors.where(name, e) + ": not valid JSON: " + JsonErrors.describe(e));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": not an IAM policy: expected a JSON object with a Statement");
        }
        JsonNode statements = root.get("Statement");
        if (statements == null) {
            throw new IllegalArgumentException(name + ": not an IAM policy: it has no Statement");
        }
        List<Rule> allow = new ArrayList<>();
        List<Rule> deny = new ArrayList<>();
        int index = 0;
        for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
            String where = name + ": Statement" + (statements.isArray() ? "[" + index + "]" : "");
            Rule rule = rule(statement, where);
            String effect = statement.path("Effect").asText("");
            if (effect.equals("Allow")) {
                allow.add(rule);
            } else if (effect.equals("Deny")) {
                deny.add(rule);
            } else {
                throw new IllegalArgumentException(where + ".Effect must be Allow or Deny, not '" + effect + "'");
            }
            index++;
        }
        return new AllowedActions(allow, deny);
    }

    /** Whether the policy allows {@code action}, e.g. {@code ecr:DescribeImages}. */
    public boolean allows(String action) {
        return allow.stream().anyMatch(rule -> rule.covers(action)) && deny.stream().noneMatch(rule -> rule.covers(action));
    }

    /** The actions of {@code needed} that the policy does not allow, in the order given. */
    public List<String> missing(Collection<String> needed) {
        return needed.stream().filter(action -> !allows(action)).toList();
    }

    private static Rule rule(JsonNode statement, String where) {
        if (!statement.isObject()) {
            throw new IllegalArgumentException(where + " must be an object");
        }
        JsonNode action = statement.get("Action");
        JsonNode notAction = statement.get("NotAction");
        if ((action == null) == (notAction == null)) {
            throw new IllegalArgumentException(where + " must have either Action or NotAction");
        }
        boolean negated = action == null;
        return new Rule(patterns(negated ? notAction : action, where + (negated ? ".NotAction" : ".Action")), negated);
    }

    private static List<String> patterns(JsonNode node, String where) {
        List<String> patterns = new ArrayList<>();
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(where + " must be a string or a list of strings");
            }
            patterns.add(item.asText());
        }
        return patterns;
    }

    /** IAM's action match: case-insensitive, {@code *} any run of characters, {@code ?} one character. */
    static boolean matches(String wildcard, String action) {
        String pattern = wildcard.toLowerCase(Locale.ROOT);
        String text = action.toLowerCase(Locale.ROOT);
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
