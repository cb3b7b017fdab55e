package dev.ecrgen.services.ecr.config;

/**
 * What a client did in a child JVM, as {@link ChildReport} printed it.
 *
 * @param phase {@code build} when building the client failed, {@code call} otherwise
 * @param kind {@code ok}; {@code service} (an error response, with its status); {@code io} (a failure caused by an
 *     I/O error, whose transport text is left out); {@code client} (any other exception, with its message)
 * @param exception the exception's simple class name, {@code -} when the call succeeded
 * @param detail the HTTP status for {@code service}, the message for {@code client}, {@code -} otherwise
 */
record ChildOutcome(String phase, String kind, String exception, String detail) {

    static ChildOutcome parse(String stdout) {
        int start = stdout.lastIndexOf(ChildReport.PREFIX);
        if (start < 0) {
            return null;
        }
        int end = stdout.indexOf('\n', start);
        String line = stdout.substring(start + ChildReport.PREFIX.length(), end < 0 ? stdout.length() : end).trim();
        String[] parts = line.split("\t", 4);
        if (parts.length != 4) {
            return null;
        }
        return new ChildOutcome(parts[0], parts[1], parts[2], unescape(parts[3]));
    }

    /** One line for the expected table: {@code call ok}, {@code call service EcrException 500}, ... */
    String summary() {
        if (kind.equals("ok")) {
            return phase + " ok";
        }
        if (kind.equals("io")) {
            return phase + " io " + exception;
        }
        return phase + " " + kind + " " + exception + " " + detail;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
