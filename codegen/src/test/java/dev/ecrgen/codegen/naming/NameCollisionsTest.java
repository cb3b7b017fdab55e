package dev.ecrgen.codegen.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A model whose shapes take the names of the service's own classes ({@code ClashException}, {@code ClashRequest},
 * {@code ClashResponse}, {@code ClashResponseMetadata}), of another operation's request, and of the service itself as
 * an operation, with error names the AWS SDK rewrites and an input ({@code GetDBThingRequest}) that is a member too
 * and whose operation's request class is re-cased ({@code GetDbThingRequest}). Every class gets a name of its own, the AWS SDK's where it has
 * one, and the client compiles without a warning.
 */
class NameCollisionsTest {
    private static final String MODEL = "dev/ecrgen/services/clash/model/";

    private static List<GeneratedSource> sources;
    private static ClassLoader loader;

    @BeforeAll
    static void generate() throws Exception {
        Path model = Path.of(NameCollisionsTest.class.getResource("/models/names/service-2.json").toURI());
        sources = CodegenRunner.generate(CodegenRunner.load(CodegenSettings.builder().model(model).build()), null,
                List.of());
        loader = InMemoryCompiler.compile(sources);
    }

    @Test
    void everyModelClassHasANameOfItsOwn() {
        Set<String> classes = new TreeSet<>();
        for (GeneratedSource source : sources) {
            String path = source.relativePath();
            if (path.startsWith(MODEL)) {
                classes.add(path.substring(MODEL.length(), path.length() - ".java".length()));
            }
        }
        assertEquals(new TreeSet<>(List.of(
                "ClashException", "ClashRequest", "ClashResponse", "ClashResponseMetadata",
                "DefaultClashRequest", "DefaultClashResponse",
                "GetDbThingRequest", "GetDbThingResponse", "PutThingRequest", "PutThingResponse",
                "DefaultClashException", "InternalServiceErrorException", "KmsInternalException",
                "CustomKeyStoreHasCmKsException", "ThrottledException",
                "DefaultClashRequest2", "DefaultClashResponse2", "DefaultClashResponseMetadata", "ClashClient",
                "DefaultPutThingRequest")), classes);
    }

    @Test
    void renamedClassesKeepTheirPlace() throws Exception {
        assertEquals(model("ClashException"), model("DefaultClashException").getSuperclass(),
                "the modeled error extends the base exception it was renamed from");
        Class<?> input = model("DefaultClashRequest");
        assertEquals(model("DefaultClashRequest2"), input.getMethod("request").getReturnType());
        assertEquals(model("DefaultClashResponseMetadata"), input.getMethod("metadata").getReturnType());
        assertEquals(model("ClashClient"), input.getMethod("client").getReturnType());
        assertEquals(model("DefaultPutThingRequest"), input.getMethod("earlier").getReturnType());
        assertEquals(model("GetDbThingRequest"), input.getMethod("thing").getReturnType(),
                "an operation's input, used as a member too, is its request class");
        Class<?> client = loader.loadClass("dev.ecrgen.services.clash.ClashClient");
        assertEquals(model("GetDbThingResponse"), client.getMethod("getDBThing", model("GetDbThingRequest"))
                .getReturnType());
        assertEquals(model("DefaultClashResponse"), client.getMethod("clash", model("DefaultClashRequest"))
                .getReturnType());
    }

    private static Class<?> model(String simpleName) throws ClassNotFoundException {
        return loader.loadClass("dev.ecrgen.services.clash.model." + simpleName);
    }
}
