package dev.ecrgen.codegen.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ecrgen.codegen.CodegenException;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.resolve.EffectiveMetadata;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.testing.SharedFiles;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB's operation context parameters, compiled from the paths of its model, run on requests built with the
 * generated builders. The expected values are those the AWS SDK for Java v2 (2.57.8) gives the same parameters:
 * null elements left out of a stringArray, an empty list (not null) when the path yields nothing, null for a string
 * parameter whose path yields nothing, and map keys in the order of a HashMap copy.
 */
class OperationContextParamsTest {
    private static final String PACKAGE = "test.dynamodb";
    private static final List<String> OPERATIONS = List.of("BatchGetItem", "BatchWriteItem", "TransactGetItems",
            "TransactWriteItems", "ImportTable");

    private static ModelBundle bundle;
    private static OperationContextParams params;
    private static Names names;
    private static ClassLoader loader;
    private static Class<?> probe;
    /** The paths of the model: operation to parameter to path. */
    private static final Map<String, Map<String, String>> PATHS = new TreeMap<>();

    @BeforeAll
    static void generate() throws Exception {
        Path model = SharedFiles.resolve("reference-models/corpus/dynamodb/2012-08-10/service-2.json");
        bundle = EffectiveMetadata.apply(CodegenRunner.load(CodegenSettings.builder().model(model).build()));
        names = Names.of(bundle.service(), PACKAGE);
        params = new OperationContextParams(ServiceIndex.of(bundle, names, OPERATIONS));
        JsonNode operations = new ObjectMapper().readTree(model.toFile()).get("operations");
        for (String operation : OPERATIONS) {
            Map<String, String> paths = new TreeMap<>();
            operations.get(operation).get("operationContextParams").fields()
                    .forEachRemaining(e -> paths.put(e.getKey(), e.getValue().get("path").asText()));
            PATHS.put(operation, paths);
        }
        TypeSpec.Builder type = TypeSpec.classBuilder("Params").addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (String operation : OPERATIONS) {
            PATHS.get(operation).forEach((param, path) -> {
                OperationContextParams.Type kind = param.equals("ResourceArn")
                        ? OperationContextParams.Type.STRING : OperationContextParams.Type.STRING_ARRAY;
                type.addMethod(method(operation, param, path, kind));
            });
        }
        type.addMethod(method("ImportTable", "AsList", "TableCreationParameters.TableName",
                OperationContextParams.Type.STRING_ARRAY));
        List<GeneratedSource> sources = new ArrayList<>(CodegenRunner.generate(bundle, PACKAGE, OPERATIONS));
        sources.add(GeneratedSource.of(JavaFile.builder("test.probe", type.build()).build()));
        loader = InMemoryCompiler.compile(sources);
        probe = loader.loadClass("test.probe.Params");
    }

    private static MethodSpec method(String operation, String param, String path, OperationContextParams.Type kind) {
        String input = bundle.service().operations().get(operation).input().shape();
        CompiledPath compiled = params.compile("operations." + operation + ".operationContextParams." + param + ".path",
                path, input, names.requestClass(operation), CodeBlock.of("request"), kind);
        return MethodSpec.methodBuilder(operation + param)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(compiled.javaType())
                .addParameter(names.requestClass(operation), "request")
                .addStatement("return $L", compiled.code())
                .build();
    }

    @Test
    void theModelHasTheFourPaths() {
        assertEquals(Map.of(
                "BatchGetItem", Map.of("ResourceArnList", "keys(RequestItems)"),
                "BatchWriteItem", Map.of("ResourceArnList", "keys(RequestItems)"),
                "ImportTable", Map.of("ResourceArn", "TableCreationParameters.TableName"),
                "TransactGetItems", Map.of("ResourceArnList", "TransactItems[*].Get.TableName"),
                "TransactWriteItems", Map.of("ResourceArnList", "TransactItems[*].[ConditionCheck.TableName,"
                        + " Put.TableName, Delete.TableName, Update.TableName][]")), PATHS);
    }

    @Test
    void keysOfRequestItemsInTheSdksOrder() throws Exception {
        Map<String, Object> items = new LinkedHashMap<>();
        for (String table : List.of("zeta", "alpha", "Mid", "table-10", "table-2", "b", "a", "Table")) {
            items.put(table, build("KeysAndAttributes", "keys", List.of()));
        }
        assertEquals(List.of("zeta", "a", "b", "table-2", "Table", "alpha", "Mid", "table-10"),
                call("BatchGetItemResourceArnList", build("BatchGetItemRequest", "requestItems", items)));
        assertEquals(List.of("arn:aws:dynamodb:us-east-1:123456789012:table/Orders"),
                call("BatchWriteItemResourceArnList", build("BatchWriteItemRequest", "requestItems",
                        Map.of("arn:aws:dynamodb:us-east-1:123456789012:table/Orders", List.of()))));
        assertEquals(List.of(), call("BatchGetItemResourceArnList", build("BatchGetItemRequest")),
                "unset: an empty list, not null");
        assertEquals(List.of(), call("BatchWriteItemResourceArnList", build("BatchWriteItemRequest", "requestItems",
                Map.of())));
    }

    @Test
    void tableNamesOfTransactGets() throws Exception {
        Object request = build("TransactGetItemsRequest", "transactItems", Arrays.asList(
                build("TransactGetItem", "get", build("Get", "tableName", "t1")),
                build("TransactGetItem"),
                null,
                build("TransactGetItem", "get", build("Get")),
                build("TransactGetItem", "get", build("Get", "tableName", "t5"))));
        assertEquals(List.of("t1", "t5"), call("TransactGetItemsResourceArnList", request),
                "items without a Get or a TableName, and null items, are left out");
        assertEquals(List.of(), call("TransactGetItemsResourceArnList", build("TransactGetItemsRequest")));
        assertEquals(List.of(), call("TransactGetItemsResourceArnList", build("TransactGetItemsRequest",
                "transactItems", Arrays.asList((Object) null))));
    }

    @Test
    void tableNamesOfTransactWritesInOrder() throws Exception {
        Object request = build("TransactWriteItemsRequest", "transactItems", Arrays.asList(
                build("TransactWriteItem", "put", build("Put", "tableName", "t1")),
                build("TransactWriteItem", "delete", build("Delete", "tableName", "t2")),
                null,
                build("TransactWriteItem", "conditionCheck", build("ConditionCheck", "tableName", "t3"),
                        "update", build("Update", "tableName", "t4")),
                build("TransactWriteItem"),
                build("TransactWriteItem", "update", build("Update", "tableName", "t1"))));
        assertEquals(List.of("t1", "t2", "t3", "t4", "t1"), call("TransactWriteItemsResourceArnList", request),
                "each item's tables in the order ConditionCheck, Put, Delete, Update; nulls and repeats as they come");
        assertEquals(List.of(), call("TransactWriteItemsResourceArnList", build("TransactWriteItemsRequest")));
    }

    @Test
    void theTableNameOfAnImport() throws Exception {
        assertEquals("t1", call("ImportTableResourceArn", build("ImportTableRequest", "tableCreationParameters",
                build("TableCreationParameters", "tableName", "t1"))));
        assertNull(call("ImportTableResourceArn", build("ImportTableRequest")), "no TableCreationParameters");
        assertNull(call("ImportTableResourceArn", build("ImportTableRequest", "tableCreationParameters",
                build("TableCreationParameters"))), "no TableName");
        assertEquals(List.of("t1"), call("ImportTableAsList", build("ImportTableRequest", "tableCreationParameters",
                build("TableCreationParameters", "tableName", "t1"))), "one string as a stringArray");
        assertEquals(List.of(), call("ImportTableAsList", build("ImportTableRequest")));
    }

    @Test
    void theCodeReadsTheAccessors() {
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.stringList(dev.ecrgen.runtime.jmespath.JmesFunctions.keys("
                + "request.requestItems()))", compile("BatchGetItem", "keys(RequestItems)",
                        OperationContextParams.Type.STRING_ARRAY).code().toString());
        assertEquals("dev.ecrgen.runtime.jmespath.Jmes.get(request.tableCreationParameters(),"
                + " test.dynamodb.model.TableCreationParameters::tableName)", compile("ImportTable",
                        "TableCreationParameters.TableName", OperationContextParams.Type.STRING).code().toString());
        assertEquals(false, compile("ImportTable", "TableCreationParameters.TableName",
                OperationContextParams.Type.STRING).deprecated());
    }

    @Test
    void pathsThatCannotGiveTheParameterAreProblems() {
        assertProblem("TransactGetItems", "TransactItems[*].Get.TableName", OperationContextParams.Type.STRING,
                "[E173] here: 'TransactItems[*].Get.TableName' yields a list of string, but the parameter is a"
                        + " string");
        assertProblem("TransactGetItems", "TransactItems[*].Get", OperationContextParams.Type.STRING_ARRAY,
                "[E173] here: 'TransactItems[*].Get' yields a list of structure Get, but the parameter is a list of"
                        + " strings (stringArray)");
        assertProblem("TransactGetItems", "TransactItems[*].Get.Table", OperationContextParams.Type.STRING_ARRAY,
                "[E173] here: 'TransactItems[*].Get.Table' at position 21: 'Table' is not a member of structure"
                        + " Get; its members are [Key, TableName, ProjectionExpression, ExpressionAttributeNames]");
        assertProblem("BatchGetItem", "keys(RequestItems", OperationContextParams.Type.STRING_ARRAY,
                "[E173] here: 'keys(RequestItems' at position 17: expected ')' but found the end of the expression");
        assertEquals(OperationContextParams.Type.STRING_ARRAY, OperationContextParams.Type.of("stringArray"));
        assertEquals(OperationContextParams.Type.STRING, OperationContextParams.Type.of("string"));
        assertNull(OperationContextParams.Type.of("boolean"));
    }

    private static CompiledPath compile(String operation, String path, OperationContextParams.Type type) {
        return params.compile("here", path, bundle.service().operations().get(operation).input().shape(),
                names.requestClass(operation), CodeBlock.of("request"), type);
    }

    private static void assertProblem(String operation, String path, OperationContextParams.Type type, String problem) {
        CodegenException failure = assertThrows(CodegenException.class, () -> compile(operation, path, type));
        assertEquals(problem, failure.problems().get(0).toString());
        assertEquals(1, failure.problems().size());
    }

    private static Object call(String method, Object request) throws Exception {
        for (Method candidate : probe.getMethods()) {
            if (candidate.getName().equals(method)) {
                return candidate.invoke(null, request);
            }
        }
        throw new AssertionError("no probe method " + method);
    }

    /** Builds a generated model object: {@code build("Get", "tableName", "t1")}. */
    private static Object build(String simpleName, Object... namesAndValues) throws Exception {
        Class<?> type = loader.loadClass(ClassName.get(PACKAGE + ".model", simpleName).canonicalName());
        Object builder = type.getMethod("builder").invoke(null);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            setter(builder.getClass(), (String) namesAndValues[i], namesAndValues[i + 1])
                    .invoke(builder, namesAndValues[i + 1]);
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }

    private static Method setter(Class<?> builder, String name, Object value) {
        for (Method method : builder.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                Class<?> parameter = method.getParameterTypes()[0];
                boolean fits = value instanceof Collection ? parameter == Collection.class
                        : value instanceof Map ? parameter == Map.class : parameter.isInstance(value);
                if (fits) {
                    return method;
                }
            }
        }
        throw new AssertionError("no setter " + name + " for " + value + " on " + builder.getName());
    }
}
