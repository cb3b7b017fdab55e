package dev.ecrgen.codegen.importdoc;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports operations from reference pages: R-style documentation converted to markdown, with the sections Usage,
 * Arguments (an HTML table), Value and Request syntax. Each page gives one operation with its input and output
 * structures and their shapes, in C2J form.
 *
 * <p>The pipeline: {@link PageParser} splits the page into sections; {@link OperationPageReader} parses the R code
 * ({@link RSyntaxParser}) and checks the sections against each other; {@link ShapeInferrer} turns the result into
 * shapes; {@link ImportResult#merge} merges them into an existing model ({@link ModelMerger}).
 */
public final class DocImporter {

    /**
     * Imports every page. Pages are read as UTF-8; messages name each page by {@code page.toString()}.
     *
     * @throws DocImportException listing every problem of every page, each as {@code <page>:<line>: <what>}
     */
    public ImportResult importPages(List<Path> pages, ImportOptions options) throws DocImportException {
        Objects.requireNonNull(options, "options");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to import");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        List<DocProblem> problems = new ArrayList<>();
        for (Path page : pages) {
            try {
                texts.put(page.toString(), Files.readString(page, StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                problems.add(new DocProblem(page.toString(), 0, "no such page"));
            } catch (CharacterCodingException e) {
                problems.add(new DocProblem(page.toString(), 0, "the page is not UTF-8 text"));
            } catch (IOException e) {
                problems.add(new DocProblem(page.toString(), 0, "cannot read the page: " + e));
            }
        }
        if (!problems.isEmpty()) {
            throw new DocImportException(problems);
        }
        return importTexts(texts, options);
    }

    /** Imports pages given as text, keyed by the name messages use for them. */
    ImportResult importTexts(Map<String, String> pages, ImportOptions options) throws DocImportException {
        ShapeTable table = new ShapeTable(new ShapeNames(options));
        Map<String, FragmentOperation> operations = new LinkedHashMap<>();
        List<ImportWarning> warnings = new ArrayList<>();
        List<DocProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            try {
                Page parsed = PageParser.parse(page.getKey(), page.getValue());
                ShapeInferrer inferrer = new ShapeInferrer(OperationPageReader.read(parsed), options, table);
                FragmentOperation operation = inferrer.infer();
                FragmentOperation earlier = operations.putIfAbsent(operation.name(), operation);
                if (earlier != null) {
                    problems.add(operation.origin().problem("operation " + operation.name()
                            + " is already imported from " + earlier.origin().page()));
                }
                List<ImportWarning> pageWarnings = new ArrayList<>(inferrer.warnings());
                pageWarnings.sort(Comparator.comparingInt(ImportWarning::line));
                warnings.addAll(pageWarnings);
            } catch (DocImportException e) {
                List<DocProblem> pageProblems = new ArrayList<>(e.problems());
                pageProblems.sort(Comparator.comparingInt(DocProblem::line));
                problems.addAll(pageProblems);
            }
        }
        if (!problems.isEmpty()) {
            throw new DocImportException(problems);
        }
        return new ImportResult(new Fragment(operations, table.shapes()), warnings);
    }
}
