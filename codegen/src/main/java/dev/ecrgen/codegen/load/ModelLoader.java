package dev.ecrgen.codegen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.rules.RuleSet;
import dev.ecrgen.codegen.rules.RuleSetParser;
import dev.ecrgen.codegen.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code service-2.json} and, when present beside it or named explicitly, {@code paginators-1.json},
 * {@code waiters-2.json} and {@code endpoint-rule-set-1.json}. Unreadable input fails with a {@link CodegenException}
 * naming file, line and column; a rule set whose structure is wrong fails with every problem and its place.
 */
public final class ModelLoader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ModelLoader() {}

    /** The file name of the paginators beside a model. */
    public static final String PAGINATORS = "paginators-1.json";
    /** The file name of the waiters beside a model. */
    public static final String WAITERS = "waiters-2.json";
    /** The file name of the endpoint rule set beside a model. */
    public static final String ENDPOINT_RULES = "endpoint-rule-set-1.json";

    /** Loads a model with the paginators, waiters and endpoint rule set files found beside it, if any. */
    public static ModelBundle load(Path serviceFile) {
        Path dir = serviceFile.toAbsolutePath().getParent();
        return load(serviceFile, dir.resolve(PAGINATORS), dir.resolve(WAITERS), dir.resolve(ENDPOINT_RULES));
    }

    /** Loads a model with explicit paginators and waiters files and no endpoint rule set; either may be null or missing. */
    public static ModelBundle load(Path serviceFile, Path paginatorsFile, Path waitersFile) {
        return load(serviceFile, paginatorsFile, waitersFile, null);
    }

    /** Loads a model with explicit paginators, waiters and endpoint rule set files; any may be null or missing. */
    public static ModelBundle load(Path serviceFile, Path paginatorsFile, Path waitersFile, Path rulesFile) {
        ServiceModel service = parse(read(serviceFile, true), serviceFile.toString(), ServiceModel.class);
        Paginators paginators = parseOptional(paginatorsFile, Paginators.class);
        Waiters waiters = parseOptional(waitersFile, Waiters.class);
        byte[] rules = rulesFile == null ? null : read(rulesFile, false);
        RuleSet ruleSet = rules == null ? null : parseRules(rules, rulesFile.toString());
        return new ModelBundle(service, paginators, waiters, ruleSet, serviceFile.toString());
    }

    /** Parses endpoint rule set bytes; a rule set that is not well formed fails with every problem found. */
    public static RuleSet parseRules(byte[] json, String name) {
        JsonNode root = parse(json, name, JsonNode.class);
        List<Problem> problems = new ArrayList<>();
        RuleSet ruleSet = RuleSetParser.parse(root, name, problems);
        if (ruleSet == null) {
            throw new CodegenException(problems);
        }
        return ruleSet;
    }

    /** Parses model bytes that came from somewhere other than a file, such as a classpath resource. */
    public static <T> T parse(byte[] json, String name, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw CodegenException.of(new Problem("E001", name, "the file is empty; expected a JSON object"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw CodegenException.of(new Problem("E001", JsonErrors.where(name, e), JsonErrors.describe(e)));
        } catch (IOException e) {
            throw CodegenException.of(new Problem("E002", name, "cannot be read: " + e.getMessage()));
        }
    }

    private static <T> T parseOptional(Path file, Class<T> type) {
        if (file == null) {
            return null;
        }
        byte[] bytes = read(file, false);
        return bytes == null ? null : parse(bytes, file.toString(), type);
    }

    private static byte[] read(Path file, boolean required) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            if (!required) {
                return null;
            }
            throw CodegenException.of(new Problem("E002", file.toString(), "no such file"));
        } catch (IOException e) {
            throw CodegenException.of(new Problem("E002", file.toString(), "cannot be read: " + e.getMessage()));
        }
    }
}
