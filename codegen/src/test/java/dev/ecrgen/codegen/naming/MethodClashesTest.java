package dev.ecrgen.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model whose names collide with what the generator itself writes: a shape named {@code Builder} (the nested class
 * of every model class), members named like another member's {@code hasXxx()}, {@code xxxAsString()} and
 * {@code xxxWithStrings}, operations named like the client's own methods without arguments ({@code Close},
 * {@code Create}, {@code Waiter}, ...), and a union with lists and maps of enums. Each gets a name of its own and the
 * whole client compiles with {@code -Xlint:all -Werror}.
 */
class MethodClashesTest {
    private static final String PACKAGE = "dev.ecrgen.services.clashes.";

    private static List<GeneratedSource> sources;
    private static ClassLoader loader;

    @BeforeAll
    static void generate() throws Exception {
        Path model = Path.of(MethodClashesTest.class.getResource("/models/robust/clashes/service-2.json").toURI());
        sources = CodegenRunner.generate(CodegenRunner.load(CodegenSettings.builder().model(model).build()), null,
                List.of());
        loader = InMemoryCompiler.compile(sources);
    }

    @Test
    void aShapeNamedBuilderIsNotTheNestedBuilder() throws Exception {
        assertTrue(sources.stream().noneMatch(s -> s.relativePath().endsWith("/model/Builder.java")));
        Class<?> builder = type("model.DefaultBuilder");
        assertEquals(builder, type("model.Everything").getMethod("builderValue").getReturnType());
        assertEquals(builder, builder.getMethod("next").getReturnType());
        assertEquals(type("model.DefaultBuilder$Builder"), builder.getMethod("builder").getReturnType());
    }

    @Test
    void aMemberNamedLikeAnotherMembersMethodGetsTheSuffix() throws Exception {
        Class<?> everything = type("model.Everything");
        assertEquals(boolean.class, everything.getMethod("hasTags").getReturnType(), "the list's presence");
        assertEquals(Boolean.class, everything.getMethod("hasTagsValue").getReturnType(), "the member HasTags");
        assertEquals(String.class, everything.getMethod("kindAsString").getReturnType());
        assertEquals(String.class, everything.getMethod("kindAsStringValue").getReturnType());
        assertEquals(List.class, everything.getMethod("kindsAsStrings").getReturnType());
        assertEquals(String.class, everything.getMethod("kindsAsStringsValue").getReturnType());
        assertEquals(String.class, everything.getMethod("kindsWithStringsValue").getReturnType());
        assertEquals(String.class, everything.getMethod("hasKindsValue").getReturnType());
        // HasNested, a list, is renamed; its own hasXxx() then differs from the member HasHasNested
        assertEquals(List.class, everything.getMethod("hasNestedValue").getReturnType());
        assertEquals(boolean.class, everything.getMethod("hasHasNestedValue").getReturnType());
        assertEquals(String.class, everything.getMethod("hasHasNested").getReturnType());
        Class<?> error = type("model.RefusedException");
        assertEquals(boolean.class, error.getMethod("hasItems").getReturnType());
        assertEquals(Boolean.class, error.getMethod("hasItemsValue").getReturnType());
    }

    @Test
    void nestedCollectionsAreSetWithTheirOwnTypes() throws Exception {
        Class<?> builder = type("model.Everything$Builder");
        builder.getMethod("nested", Collection.class);
        builder.getMethod("deep", Collection.class);
        builder.getMethod("tagLists", Collection.class);
        builder.getMethod("tagsByName", Map.class);
        builder.getMethod("kindsByKind", Map.class);
        builder.getMethod("kindsByKindWithStrings", Map.class);
    }

    @Test
    void anOperationNamedLikeAClientMethodHasNoFormWithoutArguments() throws Exception {
        Class<?> client = type("ClashesClient");
        assertEquals(void.class, client.getMethod("close").getReturnType());
        assertEquals(client, client.getMethod("create").getReturnType());
        assertEquals(type("waiters.ClashesWaiter"), client.getMethod("waiter").getReturnType());
        assertEquals(String.class, client.getMethod("serviceName").getReturnType());
        assertEquals(type("ClashesServiceClientConfiguration"),
                client.getMethod("serviceClientConfiguration").getReturnType());
        for (String operation : List.of("Close", "Create", "Waiter", "ServiceName", "ServiceClientConfiguration",
                "ServiceMetadata")) {
            String method = Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
            Class<?> request = type("model." + operation + "Request");
            Class<?> response = type("model." + operation + "Response");
            assertEquals(response, client.getMethod(method, request).getReturnType());
            assertEquals(response, client.getMethod(method, Consumer.class).getReturnType());
            Class<?> async = type("ClashesAsyncClient");
            assertEquals(CompletableFuture.class, async.getMethod(method, request).getReturnType());
        }
        assertEquals(type("model.ListThingsResponse"), client.getMethod("listThings").getReturnType(),
                "an operation not named like a client method keeps its form without arguments");
        assertFalse(type("ClashesAsyncClient").getMethod("close").getReturnType() == CompletableFuture.class);
    }

    @Test
    void aUnionOfEnumCollectionsTakesStringsOrEnums() throws Exception {
        Class<?> choice = type("model.Choice");
        Class<?> kind = type("model.Kind");
        Object fromStrings = choice.getMethod("fromKindsWithStrings", List.class).invoke(null, List.of("a", "z"));
        assertEquals(List.of("a", "z"), choice.getMethod("kindsAsStrings").invoke(fromStrings));
        Object a = kind.getMethod("fromValue", String.class).invoke(null, "a");
        Object fromEnums = choice.getMethod("fromKinds", List.class).invoke(null, List.of(a));
        assertEquals(List.of("a"), choice.getMethod("kindsAsStrings").invoke(fromEnums));
        choice.getMethod("fromKindsByKindWithStrings", Map.class);
        choice.getMethod("fromKindsByKind", Map.class);
        assertEquals(type("model.Type"), choice.getMethod("typeValue").getReturnType(),
                "the model's Type, not the union's nested Type");
        assertThrows(NoSuchMethodException.class, () -> choice.getMethod("fromKinds", Collection.class));
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return loader.loadClass(PACKAGE + name);
    }
}
