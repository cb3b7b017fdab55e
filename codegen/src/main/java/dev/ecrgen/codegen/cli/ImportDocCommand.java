package dev.ecrgen.codegen.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecrgen.codegen.importdoc.DocImportException;
import dev.ecrgen.codegen.importdoc.DocImporter;
import dev.ecrgen.codegen.importdoc.ImportOptions;
import dev.ecrgen.codegen.importdoc.ImportResult;
import dev.ecrgen.codegen.importdoc.ImportWarning;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.write.JsonText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code import-doc}: operations from reference pages, as a C2J fragment or merged into a model. */
final class ImportDocCommand implements Command {
    private static final Set<String> VALUES = Set.of("--into", "--out");

    @Override
    public String name() {
        return "import-doc";
    }

    @Override
    public String summary() {
        return "import operations from reference pages into a model";
    }

    @Override
    public String help() {
        return """
                Usage: ecrgen import-doc PAGE... [--into service-2.json] [--out FILE]

                Reads reference pages (markdown with the sections Usage, Arguments, Value and Request syntax,
                one operation per page) and infers each operation with its input and output shapes.
                Without --into it prints the C2J fragment {"operations": ..., "shapes": ...}; with --into it
                prints the model with the operations merged in (operations the model already has must agree;
                nothing is overwritten). The model file itself is only changed when --out names it.
                Choices the pages leave open are printed as warnings on standard error.

                  --into FILE   the service-2.json to merge into
                  --out FILE    write the result to FILE instead of standard output

                Exit codes: 0 done, 1 a page or the model cannot be used, 2 bad arguments.
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException, InputProblem, IOException {
        Arguments arguments = Arguments.parse(name(), args, VALUES, Set.of());
        if (arguments.positionals().isEmpty()) {
            throw new UsageException(name() + ": expected at least one PAGE");
        }
        List<Path> pages = new ArrayList<>();
        for (String page : arguments.positionals()) {
            pages.add(Path.of(page));
        }
        Optional<Path> into = arguments.value("--into").map(Path::of);
        Optional<Path> out = arguments.value("--out").map(Path::of);
        ObjectNode model = into.map(file -> ModelLoader.parse(ModelFiles.read(file), file.toString(), ObjectNode.class))
                .orElse(null);
        ObjectNode output;
        ImportResult result;
        try {
            result = new DocImporter().importPages(pages, ImportOptions.defaults());
            output = model == null ? result.fragment() : result.merge(model, into.get().toString());
        } catch (DocImportException e) {
            throw new InputProblem(e.getMessage());
        }
        for (ImportWarning warning : result.warnings()) {
            console.err().println(warning);
        }
        if (model == null) {
            List<String> shapes = new ArrayList<>();
            output.path("shapes").fieldNames().forEachRemaining(shapes::add);
            if (!shapes.isEmpty()) {
                console.err().println("warning: the shape names " + String.join(", ", shapes) + " are inferred from "
                        + "the pages; merge with --into to keep the names a model already gives the same shapes");
            }
        }
        ModelFiles.write(JsonText.of(output), out.orElse(null), console);
        console.err().println(summary(result.operations(), model, output, into.orElse(null), out.orElse(null)));
        return ExitCode.OK;
    }

    /** What happened, in words: what was imported, and where it went. */
    private static String summary(List<String> operations, ObjectNode model, ObjectNode output, Path into, Path out) {
        String where = out == null ? "standard output" : out.toString();
        if (model == null) {
            return "imported " + count(operations.size()) + ": " + String.join(", ", operations) + " (to " + where
                    + ")";
        }
        List<String> added = new ArrayList<>();
        for (String operation : operations) {
            if (!model.path("operations").has(operation)) {
                added.add(operation);
            }
        }
        String untouched = out != null && out.toAbsolutePath().normalize().equals(into.toAbsolutePath().normalize())
                ? "" : "; " + into + " is unchanged";
        if (output.equals(model)) {
            return "nothing to import: the model already has " + String.join(", ", operations)
                    + " as the pages describe " + (operations.size() == 1 ? "it" : "them") + untouched;
        }
        String what = added.isEmpty() ? "updated " + String.join(", ", operations)
                : "merged " + count(added.size()) + " (" + String.join(", ", added) + ")";
        return what + " into " + into + ", written to " + where + untouched;
    }

    private static String count(int operations) {
        return operations + " operation" + (operations == 1 ? "" : "s");
    }
}
