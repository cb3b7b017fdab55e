package dev.ecrgen.codegen.cli;

import java.io.PrintStream;
import java.util.Objects;

/** Where a command writes: results to {@code out}, progress, warnings and errors to {@code err}. */
record Console(PrintStream out, PrintStream err) {
    Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }
}
