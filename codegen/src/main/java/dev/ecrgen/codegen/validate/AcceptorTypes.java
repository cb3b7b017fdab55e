package dev.ecrgen.codegen.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecrgen.codegen.c2j.Waiter;
import dev.ecrgen.codegen.jmespath.Checked;
import dev.ecrgen.codegen.jmespath.JmesType;
import dev.ecrgen.codegen.jmespath.JmesType.Category;
import java.util.List;

/**
 * Whether a path acceptor can ever match: {@code pathAll} and {@code pathAny} need a list, and the expected value must
 * be of the JMESPath type the path (or each element) yields, since JMESPath's {@code ==} never equates values of two
 * types.
 */
final class AcceptorTypes {
    private final List<Problem> problems;
    private final String where;
    private final Waiter.Acceptor acceptor;
    private final Checked path;

    AcceptorTypes(List<Problem> problems, String where, Waiter.Acceptor acceptor, Checked path) {
        this.problems = problems;
        this.where = where;
        this.acceptor = acceptor;
        this.path = path;
    }

    void check() {
        JmesType yields = path.type();
        String subject = "'" + acceptor.argument() + "'";
        if (!acceptor.matcher().equals("path")) {
            if (!(yields instanceof JmesType.ListOf list)) {
                if (!(yields instanceof JmesType.Any)) {
                    problems.add(new Problem("E145", where + ".argument", "the " + acceptor.matcher()
                            + " matcher needs a list, but " + subject + " yields " + yields.describe()));
                }
                return;
            }
            yields = list.element();
            subject = "each element of " + subject;
        }
        JsonNode expected = acceptor.expected();
        Category category = category(expected);
        if (category == null || yields.category() == Category.UNKNOWN) {
            return;
        }
        if (category != yields.category() || yields instanceof JmesType.Struct) {
            problems.add(new Problem("E146", where + ".expected", "the acceptor can never match: " + subject
                    + " is " + yields.describe() + ", but the expected value " + expected + " is "
                    + category.describe()));
        }
    }

    /** The JMESPath type of a JSON value, or null for a missing value or JSON null. */
    private static Category category(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return Category.STRING;
        }
        if (value.isNumber()) {
            return Category.NUMBER;
        }
        if (value.isBoolean()) {
            return Category.BOOLEAN;
        }
        return value.isArray() ? Category.ARRAY : Category.OBJECT;
    }
}
