package dev.ecrgen.codegen.cli;

import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.diff.Change;
import dev.ecrgen.codegen.diff.DiffReport;
import dev.ecrgen.codegen.diff.ModelDiff;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code diff}: what changes for client users between two versions of a model. */
final class DiffCommand implements Command {
    private static final String FAIL_ON_BREAKING = "--fail-on-breaking";

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "compare two versions of a model, breaking changes marked";
    }

    @Override
    public String help() {
        return """
                Usage: ecrgen diff OLD NEW [--fail-on-breaking]

                Compares two service-2.json files the way a client user sees them and prints one line per
                change, breaking changes marked BREAKING:
                  operations added or removed, errors an operation declares added or removed,
                  structure members added or removed, type changes, members that became required or
                  optional, enum values added or removed.
                Removals and type changes are breaking; so is a member that becomes required (or a new
                required member) in a structure that requests contain.

                  --fail-on-breaking  exit with code 3 when any change is breaking

                Exit codes: 0 done, 1 a model cannot be read, 2 bad arguments, 3 breaking changes found
                (only with --fail-on-breaking).
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(name(), args, Set.of(), Set.of(FAIL_ON_BREAKING));
        List<String> files = arguments.positionals(2, "OLD and NEW model files");
        ServiceModel before = ModelFiles.readService(Path.of(files.get(0)));
        ServiceModel after = ModelFiles.readService(Path.of(files.get(1)));
        List<Change> changes = ModelDiff.compare(before, after);
        console.out().print(DiffReport.format(changes, files.get(0), files.get(1)));
        console.out().flush();
        if (arguments.flag(FAIL_ON_BREAKING) && DiffReport.hasBreaking(changes)) {
            return ExitCode.BREAKING_CHANGES;
        }
        return ExitCode.OK;
    }
}
