package dev.ecrgen.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MarkerIgnoringBase;
import org.slf4j.helpers.MessageFormatter;

/**
 * The test binding of SLF4J: the runtime's loggers ({@code dev.ecrgen.*}) log every level into memory, where tests read
 * them; every other logger is off.
 */
public final class CapturedLogs {

    private static final List<String> LINES = new ArrayList<>();
    private static volatile boolean quiet;

    private CapturedLogs() {
    }

    /** Forgets what was logged so far. */
    public static synchronized void clear() {
        LINES.clear();
    }

    /** What was logged since the last {@link #clear()}, as {@code LEVEL logger: message}, with any exception's text. */
    public static synchronized List<String> lines() {
        return List.copyOf(LINES);
    }

    private static synchronized void add(String line) {
        if (LINES.size() >= 10_000) {
            LINES.remove(0);
        }
        LINES.add(line);
    }

    /**
     * Runs {@code work} with TRACE and DEBUG off on every logger, as an application that does not log them has it.
     */
    public static void withoutDebug(Runnable work) {
        quiet = true;
        try {
            work.run();
        } finally {
            quiet = false;
        }
    }

    /** Makes the logger of a name. */
    public static org.slf4j.Logger logger(String name) {
        return new Capturing(name, name.startsWith("dev.ecrgen"));
    }

    private static final class Capturing extends MarkerIgnoringBase {
        private static final long serialVersionUID = 1L;
        private final boolean on;

        Capturing(String name, boolean on) {
            this.name = name;
            this.on = on;
        }

        private void log(String level, String format, Object... arguments) {
            if (!on || (quiet && (level.equals("TRACE") || level.equals("DEBUG")))) {
                return;
            }
            FormattingTuple tuple = MessageFormatter.arrayFormat(format, arguments);
            Throwable thrown = tuple.getThrowable();
            add(level + " " + name + ": " + tuple.getMessage() + (thrown == null ? "" : " " + thrown));
        }

        @Override public boolean isTraceEnabled() { return on && !quiet; }
        @Override public void trace(String msg) { log("TRACE", msg); }
        @Override public void trace(String format, Object arg) { log("TRACE", format, arg); }
        @Override public void trace(String format, Object arg1, Object arg2) { log("TRACE", format, arg1, arg2); }
        @Override public void trace(String format, Object... arguments) { log("TRACE", format, arguments); }
        @Override public void trace(String msg, Throwable t) { log("TRACE", msg, t); }
        @Override public boolean isDebugEnabled() { return on && !quiet; }
        @Override public void debug(String msg) { log("DEBUG", msg); }
        @Override public void debug(String format, Object arg) { log("DEBUG", format, arg); }
        @Override public void debug(String format, Object arg1, Object arg2) { log("DEBUG", format, arg1, arg2); }
        @Override public void debug(String format, Object... arguments) { log("DEBUG", format, arguments); }
        @Override public void debug(String msg, Throwable t) { log("DEBUG", msg, t); }
        @Override public boolean isInfoEnabled() { return on; }
        @Override public void info(String msg) { log("INFO", msg); }
        @Override public void info(String format, Object arg) { log("INFO", format, arg); }
        @Override public void info(String format, Object arg1, Object arg2) { log("INFO", format, arg1, arg2); }
        @Override public void info(String format, Object... arguments) { log("INFO", format, arguments); }
        @Override public void info(String msg, Throwable t) { log("INFO", msg, t); }
        @Override public boolean isWarnEnabled() { return on; }
        @Override public void warn(String msg) { log("WARN", msg); }
        @Override public void warn(String format, Object arg) { log("WARN", format, arg); }
        @Override public void warn(String format, Object arg1, Object arg2) { log("WARN", format, arg1, arg2); }
        @Override public void warn(String format, Object... arguments) { log("WARN", format, arguments); }
        @Override public void warn(String msg, Throwable t) { log("WARN", msg, t); }
        @Override public boolean isErrorEnabled() { return on; }
        @Override public void error(String msg) { log("ERROR", msg); }
        @Override public void error(String format, Object arg) { log("ERROR", format, arg); }
        @Override public void error(String format, Object arg1, Object arg2) { log("ERROR", format, arg1, arg2); }
        @Override public void error(String format, Object... arguments) { log("ERROR", format, arguments); }
        @Override public void error(String msg, Throwable t) { log("ERROR", msg, t); }
    }
}
