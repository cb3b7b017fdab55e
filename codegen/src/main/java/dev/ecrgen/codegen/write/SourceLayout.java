package dev.ecrgen.codegen.write;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tightens JavaPoet's layout where it is looser than hand-written code: a Javadoc comment of one short line is written
 * on one line (<code>/** Text. *&#47;</code>); consecutive one-line field declarations of the same kind (static or
 * not), and enum constants, are not separated by blank lines; an empty body is closed on the line that opens it
 * ({@code private Builder() {}}). A small lexer follows comments, literals and braces, so only Javadoc openers and
 * declarations in a class body are changed; text inside literals and comments is never touched.
 */
public final class SourceLayout {
    /** The line width of the project's hand-written code; a Javadoc comment goes on one line only within it. */
    public static final int WIDTH = 120;

    private static final Pattern STATIC = Pattern.compile("(^|\\s)static\\s");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("[A-Za-z_$][\\w$]*(\\(.*\\))?[,;]?");

    private SourceLayout() {}

    /** The source with the layout tightened; the code itself is unchanged. */
    public static String tighten(String source) {
        List<Line> lines = Lexer.lines(source);
        StringBuilder out = new StringBuilder(source.length());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String oneLine = i + 2 < lines.size() ? oneLineJavadoc(line, lines.get(i + 1), lines.get(i + 2)) : null;
            if (oneLine != null) {
                out.append(oneLine).append('\n');
                i += 2;
                continue;
            }
            boolean between = i > 0 && i + 1 < lines.size();
            if (line.text.isEmpty() && between && groups(lines.get(i - 1), line, lines.get(i + 1))) {
                continue;
            }
            if (i + 1 < lines.size() && emptyBody(line, lines.get(i + 1))) {
                out.append(line.text).append("}\n");
                i++;
                continue;
            }
            out.append(line.text);
            if (i + 1 < lines.size()) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String oneLineJavadoc(Line open, Line body, Line close) {
        if (!open.startsInCode || !open.text.strip().equals("/**")) {
            return null;
        }
        String indent = open.text.substring(0, open.text.indexOf('/'));
        if (!body.text.startsWith(indent + " * ") || !close.text.equals(indent + " */")) {
            return null;
        }
        String text = body.text.substring(indent.length() + 3);
        if (text.isBlank() || text.startsWith("@") || text.contains("*/") || !text.equals(text.strip())) {
            return null;
        }
        String joined = indent + "/** " + text + " */";
        return joined.length() <= WIDTH ? joined : null;
    }

    /** A block opened at the end of one line and closed alone on the next: {@code private Builder() {}}. */
    private static boolean emptyBody(Line open, Line close) {
        if (!open.endsInCode || !open.code.endsWith("{") || !close.startsInCode) {
            return false;
        }
        String indent = open.text.substring(0, open.text.length() - open.text.stripLeading().length());
        return open.text.endsWith("{") && close.text.equals(indent + "}");
    }

    /** Whether the blank line between two declarations can go. */
    private static boolean groups(Line before, Line blank, Line after) {
        if (!blank.startsInCode || blank.frame == Frame.Kind.OTHER || !blank.atMemberStart) {
            return false;
        }
        if (blank.inEnumConstants) {
            return before.isEnumConstant() && after.isEnumConstant();
        }
        return before.isField() && after.isField() && before.isStatic() == after.isStatic();
    }

    /** One source line and what the lexer knew about it. */
    private static final class Line {
        final String text;
        final boolean startsInCode;
        final Frame.Kind frame;
        final boolean atMemberStart;
        final boolean inEnumConstants;
        String code = "";
        boolean endsInCode;
        boolean touchesBraces;
        boolean endsAtMemberStart;

        Line(String text, boolean startsInCode, Frame.Kind frame, boolean atMemberStart, boolean inEnumConstants) {
            this.text = text;
            this.startsInCode = startsInCode;
            this.frame = frame;
            this.atMemberStart = atMemberStart;
            this.inEnumConstants = inEnumConstants;
        }

        /** A whole field declaration on this one line: {@code private final T name;} or with an initialiser. */
        boolean isField() {
            if (!simpleMember() || inEnumConstants || !code.endsWith(";") || !endsAtMemberStart) {
                return false;
            }
            int paren = code.indexOf('(');
            int assign = code.indexOf('=');
            return paren < 0 || (assign >= 0 && assign < paren);
        }

        boolean isStatic() {
            int assign = code.indexOf('=');
            return STATIC.matcher(assign < 0 ? code : code.substring(0, assign)).find();
        }

        boolean isEnumConstant() {
            return simpleMember() && inEnumConstants && ENUM_CONSTANT.matcher(code).matches();
        }

        private boolean simpleMember() {
            return startsInCode && endsInCode && atMemberStart && !touchesBraces && frame != Frame.Kind.OTHER
                    && !code.isEmpty() && code.charAt(0) != '@';
        }
    }

    /** An open brace: a type body (where members are declared) or anything else. */
    private static final class Frame {
        enum Kind { TYPE, ENUM, OTHER }

        final Kind kind;
        boolean enumConstants;

        Frame(Kind kind) {
            this.kind = kind;
            this.enumConstants = kind == Kind.ENUM;
        }
    }

    /** Splits a source into lines and records the lexical state at the start and end of each. */
    private static final class Lexer {
        private enum State { CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR, TEXT_BLOCK }

        private static final List<String> TYPE_KEYWORDS = List.of("class", "interface", "enum", "record");

        private final Deque<Frame> frames = new ArrayDeque<>();
        private final StringBuilder header = new StringBuilder();
        private State state = State.CODE;
        private int parens;

        static List<Line> lines(String source) {
            Lexer lexer = new Lexer();
            List<Line> lines = new ArrayList<>();
            int start = 0;
            while (true) {
                int end = source.indexOf('\n', start);
                String text = end < 0 ? source.substring(start) : source.substring(start, end);
                lines.add(lexer.line(text));
                if (end < 0) {
                    return lines;
                }
                start = end + 1;
            }
        }

        private Line line(String text) {
            Frame top = frames.peek();
            Frame.Kind kind = top == null ? Frame.Kind.OTHER : top.kind;
            boolean constants = top != null && top.enumConstants;
            Line line = new Line(text, state == State.CODE, kind, memberStart(), constants);
            int depth = frames.size();
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                switch (state) {
                    case LINE_COMMENT -> { }
                    case BLOCK_COMMENT -> {
                        if (c == '*' && next == '/') {
                            state = State.CODE;
                            i++;
                        }
                    }
                    case STRING, CHAR -> {
                        if (c == '\\') {
                            i++;
                        } else if (c == (state == State.STRING ? '"' : '\'')) {
                            state = State.CODE;
                            code.append(c);
                        }
                    }
                    case TEXT_BLOCK -> {
                        if (c == '\\') {
                            i++;
                        } else if (text.startsWith("\"\"\"", i)) {
                            state = State.CODE;
                            code.append("\"\"\"");
                            i += 2;
                        }
                    }
                    case CODE -> i = code(text, i, c, next, code, line);
                }
            }
            if (state == State.LINE_COMMENT || state == State.STRING || state == State.CHAR) {
                state = State.CODE;
                line.endsInCode = false;
            } else {
                line.endsInCode = state == State.CODE;
            }
            line.code = code.toString().strip();
            line.touchesBraces |= frames.size() != depth;
            line.endsAtMemberStart = memberStart();
            return line;
        }

        private int code(String text, int i, char c, char next, StringBuilder code, Line line) {
            if (c == '/' && next == '/') {
                state = State.LINE_COMMENT;
                line.endsInCode = false;
                return text.length();
            }
            if (c == '/' && next == '*') {
                state = State.BLOCK_COMMENT;
                return i + 1;
            }
            if (text.startsWith("\"\"\"", i)) {
                state = State.TEXT_BLOCK;
                code.append("\"\"\"");
                header.append("\"\"");
                return i + 2;
            }
            code.append(c);
            switch (c) {
                case '"' -> {
                    state = State.STRING;
                    header.append("\"\"");
                }
                case '\'' -> {
                    state = State.CHAR;
                    header.append("''");
                }
                case '(' -> {
                    parens++;
                    header.append(c);
                }
                case ')' -> {
                    parens--;
                    header.append(c);
                }
                case '{' -> {
                    line.touchesBraces = true;
                    frames.push(new Frame(kindOf(header)));
                    header.setLength(0);
                }
                case '}' -> {
                    line.touchesBraces = true;
                    if (!frames.isEmpty()) {
                        frames.pop();
                    }
                    header.setLength(0);
                }
                case ';' -> {
                    Frame top = frames.peek();
                    if (top != null && parens == 0) {
                        top.enumConstants = false;
                    }
                    header.setLength(0);
                }
                case ',' -> {
                    Frame top = frames.peek();
                    if (top != null && top.enumConstants && parens == 0) {
                        header.setLength(0);
                    } else {
                        header.append(c);
                    }
                }
                default -> header.append(c);
            }
            return i;
        }

        /** At the start of a declaration: in code, with nothing of a statement or header pending. */
        private boolean memberStart() {
            return state == State.CODE && parens == 0 && isBlank(header);
        }

        private static boolean isBlank(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * What a brace opens, from the text before it: a type body when a {@code class}, {@code interface},
         * {@code enum} or {@code record} keyword starts a word there and a name follows it. Scanned by hand, since this
         * runs at every brace of every generated file.
         */
        private static Frame.Kind kindOf(CharSequence header) {
            Frame.Kind kind = Frame.Kind.OTHER;
            for (int i = 0; i < header.length(); i++) {
                if (i > 0 && (isWordChar(header.charAt(i - 1)) || header.charAt(i - 1) == '.')) {
                    continue;
                }
                for (String keyword : TYPE_KEYWORDS) {
                    if (declares(header, i, keyword)) {
                        if (keyword.equals("enum")) {
                            return Frame.Kind.ENUM;
                        }
                        kind = Frame.Kind.TYPE;
                    }
                }
            }
            return kind;
        }

        /** The keyword at {@code at}, then whitespace, then the first character of a name. */
        private static boolean declares(CharSequence header, int at, String keyword) {
            int end = at + keyword.length();
            if (end >= header.length()) {
                return false;
            }
            for (int i = 0; i < keyword.length(); i++) {
                if (header.charAt(at + i) != keyword.charAt(i)) {
                    return false;
                }
            }
            int name = end;
            while (name < header.length() && isRegexSpace(header.charAt(name))) {
                name++;
            }
            return name > end && name < header.length() && isWordChar(header.charAt(name));
        }

        /** {@code [\w$]} of a regular expression: ASCII letters, digits, underscore and dollar. */
        private static boolean isWordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
        }

        /** {@code \s} of a regular expression. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }
    }
}
