package dev.ecrgen.codegen.importdoc;

import java.util.List;

/**
 * The syntax tree of the R expressions printed on reference pages: {@code list(...)} values, quoted strings and
 * enums ({@code "A"|"B"}), numbers, {@code TRUE|FALSE}, {@code as.POSIXct("...")} and {@code raw}. Every node keeps
 * the page line it starts on.
 */
sealed interface RNode {

    int line();

    /** {@code list(...)}; entries are all named (a structure), or one unnamed element (a list or map). */
    record ListNode(List<Entry> entries, int line) implements RNode {
        public ListNode {
            entries = List.copyOf(entries);
        }
    }

    /** One entry of a list; {@code name} is null for an unnamed element. */
    record Entry(String name, RNode value, int line) {
    }

    /** One quoted string, or several joined by {@code |}. */
    record Strings(List<String> values, int line) implements RNode {
        public Strings {
            values = List.copyOf(values);
        }
    }

    /** A number as printed, e.g. {@code 123} or {@code 123.0}. */
    record Number(String text, int line) implements RNode {
        boolean isWhole() {
            return text.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == 'L');
        }
    }

    /** {@code TRUE}, {@code FALSE} or {@code TRUE|FALSE}. */
    record Bool(int line) implements RNode {
    }

    /** {@code as.POSIXct("2015-01-01")}. */
    record Timestamp(int line) implements RNode {
    }

    /** {@code raw}. */
    record Raw(int line) implements RNode {
    }

    /** A call such as {@code svc$batch_check_layer_availability(...)}; {@code receiver} is null without {@code $}. */
    record Call(String receiver, String function, ListNode arguments, int line) {
    }
}
