package dev.ecrgen.codegen.importdoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the sections of a reference page (Usage, Arguments, Value, Request syntax, Description) and checks that they
 * agree, collecting every problem of the page before giving up.
 */
final class OperationPageReader {

    static final String USAGE = "Usage";
    static final String ARGUMENTS = "Arguments";
    static final String VALUE = "Value";
    static final String REQUEST_SYNTAX = "Request syntax";
    static final String DESCRIPTION = "Description";

    private final Page page;
    private final List<DocProblem> problems = new ArrayList<>();

    private OperationPageReader(Page page) {
        this.page = page;
    }

    static OperationPage read(Page page) throws DocImportException {
        return new OperationPageReader(page).read();
    }

    private OperationPage read() throws DocImportException {
        Optional<PageSection> usageSection = required(USAGE);
        Optional<PageSection> valueSection = required(VALUE);
        Optional<PageSection> requestSection = page.section(REQUEST_SYNTAX);
        Optional<PageSection> argumentsSection = page.section(ARGUMENTS);

        RSyntaxParser.Usage usage = usageSection.map(this::usage).orElse(null);
        RNode.Call call = requestSection.map(this::call).orElse(null);
        if (requestSection.isEmpty() && (usage == null || !usage.arguments().isEmpty())) {
            missing(REQUEST_SYNTAX);
        }
        RNode.ListNode response = valueSection.map(this::response).orElse(null);
        Map<String, Argument> arguments = argumentsSection
                .map(section -> ArgumentsTable.read(page.name(), section, problems))
                .orElseGet(LinkedHashMap::new);
        if (call != null) {
            if (argumentsSection.isEmpty() && !call.arguments().entries().isEmpty()) {
                missing(ARGUMENTS);
            } else if (argumentsSection.isEmpty() || ArgumentsTable.hasTable(argumentsSection.get())) {
                checkArguments(call, arguments);
            }
            if (usage != null) {
                checkUsage(usage, call);
            }
        }
        if (!problems.isEmpty()) {
            throw new DocImportException(problems);
        }
        String snakeName = call != null ? call.function() : operationOfUsage(usage.function());
        int callLine = call != null ? call.line() : usage.line();
        return new OperationPage(page.name(), snakeName, callLine, call == null ? null : call.arguments(), arguments,
                response, valueSection.get().headingLine(), documentation());
    }

    private Optional<PageSection> required(String title) {
        Optional<PageSection> section = page.section(title);
        if (section.isEmpty()) {
            missing(title);
        }
        return section;
    }

    private void missing(String title) {
        problems.add(new DocProblem(page.name(), page.lastLine(), "missing section \"" + title
                + "\": the page has no \"### " + title + "\" heading"));
    }

    private RSyntaxParser.Usage usage(PageSection section) {
        Optional<List<PageLine>> block = codeBlock(section);
        if (block.isEmpty()) {
            return null;
        }
        try {
            return RSyntaxParser.parseUsage(block.get());
        } catch (RSyntaxException e) {
            problems.add(syntaxProblem(section, e));
            return null;
        }
    }

    private RNode.Call call(PageSection section) {
        Optional<List<PageLine>> block = codeBlock(section);
        if (block.isEmpty()) {
            return null;
        }
        try {
            RNode.Call call = RSyntaxParser.parseCall(block.get());
            if (call.receiver() == null) {
                problems.add(new DocProblem(page.name(), call.line(), "section \"" + section.title()
                        + "\" should call svc$" + call.function() + "(...), with the svc$ prefix"));
                return null;
            }
            return call;
        } catch (RSyntaxException e) {
            problems.add(syntaxProblem(section, e));
            return null;
        }
    }

    private RNode.ListNode response(PageSection section) {
        Optional<List<PageLine>> block = section.codeBlock();
        if (block.isEmpty()) {
            boolean empty = section.prose().stream()
                    .anyMatch(line -> line.text().toLowerCase(Locale.ROOT).contains("empty list"));
            if (!empty) {
                problems.add(new DocProblem(page.name(), section.headingLine(), "section \"" + section.title()
                        + "\" has neither a list(...) code block nor the words \"An empty list.\""));
            }
            return null;
        }
        try {
            RNode value = RSyntaxParser.parseValue(block.get());
            if (value instanceof RNode.ListNode list) {
                return list.entries().isEmpty() ? null : list;
            }
            problems.add(new DocProblem(page.name(), value.line(), "section \"" + section.title()
                    + "\" should show a list(...) of the output members"));
        } catch (RSyntaxException e) {
            problems.add(syntaxProblem(section, e));
        }
        return null;
    }

    private Optional<List<PageLine>> codeBlock(PageSection section) {
        Optional<List<PageLine>> block = section.codeBlock();
        if (block.isEmpty()) {
            problems.add(new DocProblem(page.name(), section.headingLine(),
                    "section \"" + section.title() + "\" has no code block"));
        }
        return block;
    }

    private DocProblem syntaxProblem(PageSection section, RSyntaxException e) {
        int line = e.line() > 0 ? e.line() : section.headingLine();
        return new DocProblem(page.name(), line, "in section \"" + section.title() + "\": " + e.getMessage());
    }

    private void checkArguments(RNode.Call call, Map<String, Argument> arguments) {
        Set<String> members = new LinkedHashSet<>();
        for (RNode.Entry entry : call.arguments().entries()) {
            if (entry.name() == null) {
                continue; // reported when the input structure is built
            }
            members.add(entry.name());
            if (!arguments.containsKey(entry.name())) {
                problems.add(new DocProblem(page.name(), entry.line(), "member \"" + entry.name()
                        + "\" of the Request syntax is not in the Arguments table"));
            }
        }
        for (Argument argument : arguments.values()) {
            if (!members.contains(argument.name())) {
                problems.add(new DocProblem(page.name(), argument.line(), "argument \"" + argument.name()
                        + "\" of the Arguments table is not in the Request syntax"));
            }
        }
    }

    private void checkUsage(RSyntaxParser.Usage usage, RNode.Call call) {
        if (!usage.function().equals(call.function()) && !usage.function().endsWith("_" + call.function())) {
            problems.add(new DocProblem(page.name(), usage.line(), "the Usage calls " + usage.function()
                    + " but the Request syntax calls svc$" + call.function()));
        }
        Set<String> members = new LinkedHashSet<>();
        call.arguments().entries().stream().map(RNode.Entry::name).filter(Objects::nonNull).forEach(members::add);
        Set<String> missing = new LinkedHashSet<>(members);
        missing.removeAll(usage.arguments());
        Set<String> extra = new LinkedHashSet<>(usage.arguments());
        extra.removeAll(members);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            problems.add(new DocProblem(page.name(), usage.line(), "the Usage and the Request syntax list different "
                    + "arguments: only in the Usage " + extra + ", only in the Request syntax " + missing));
        }
    }

    /** {@code ecr_describe_registry} gives {@code describe_registry}: pages prefix the service name. */
    private static String operationOfUsage(String function) {
        int underscore = function.indexOf('_');
        return underscore < 0 ? function : function.substring(underscore + 1);
    }

    private String documentation() {
        Optional<PageSection> description = page.section(DESCRIPTION);
        if (description.isPresent()) {
            return DocumentationHtml.fromMarkdown(description.get().prose());
        }
        return null;
    }
}
