package dev.ecrgen.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.CodegenSettings;
import dev.ecrgen.codegen.testing.InMemoryCompiler;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.runtime.error.AwsErrorDetails;
import dev.ecrgen.runtime.protocol.ErrorFactory;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Modeled errors whose members are lists, maps, enums and structures: they get the accessors and setters structures
 * have ({@code hasXxx()} included), {@code toBuilder()}, {@code copy(...)} and {@code clockSkew}, and the error
 * factory still fills every member from the error body.
 */
class ExceptionMembersTest {
    private static final String PACKAGE = "dev.ecrgen.services.richerrors.";

    private static ClassLoader loader;

    @BeforeAll
    static void generate() throws URISyntaxException {
        Path model = Path.of(ExceptionMembersTest.class.getResource("/models/errors/service-2.json").toURI());
        List<GeneratedSource> sources = CodegenRunner.generate(
                CodegenRunner.load(CodegenSettings.builder().model(model).build()), null, List.of());
        loader = InMemoryCompiler.compile(sources);
    }

    @Test
    void collectionMembersHaveHasXxxAndReadAsEmptyWhenUnset() throws Exception {
        Object unset = call(builder(), "build");
        for (String member : List.of("CancellationReasons", "Codes", "Attributes")) {
            assertEquals(false, call(unset, "has" + member), member);
        }
        assertEquals(List.of(), call(unset, "cancellationReasons"));
        assertEquals(Map.of(), call(unset, "attributes"));

        Object empty = call(call(builder(), "cancellationReasons", Collection.class, List.of()), "build");
        assertEquals(true, call(empty, "hasCancellationReasons"));
        assertEquals(List.of(), call(empty, "cancellationReasons"));
    }

    @Test
    void membersHaveTheSettersAndAccessorsOfAStructure() throws Exception {
        Class<?> reason = type("model.Reason");
        Class<?> reasonBuilder = type("model.Reason$Builder");
        Consumer<Object> fill = b -> call(b, "detail", String.class, "first one");
        Object[] consumers = (Object[]) java.lang.reflect.Array.newInstance(Consumer.class, 1);
        consumers[0] = fill;
        Object builder = builder();
        call(builder, "cancellationReasons", consumers.getClass(), consumers);
        call(builder, "first", Consumer.class, (Consumer<Object>) b -> call(b, "code", String.class, "ThrottlingError"));
        call(builder, "code", String.class, "ConditionalCheckFailed");
        call(builder, "codes", Collection.class, List.of("None", "Unknown"));
        Object error = call(builder, "build");

        Object first = ((List<?>) call(error, "cancellationReasons")).get(0);
        assertSame(reason, first.getClass());
        assertEquals("first one", call(first, "detail"));
        assertEquals("ThrottlingError", call(call(error, "first"), "codeAsString"));
        assertSame(type("model.ReasonCode"), call(error, "code").getClass());
        assertEquals("ConditionalCheckFailed", call(error, "code").toString());
        assertEquals("ConditionalCheckFailed", call(error, "codeAsString"));
        assertEquals(List.of("None", "Unknown"), call(error, "codes"), "lists of enums keep their string form");
        assertTrue(reasonBuilder.isInstance(call(reason, "builder")));
    }

    @Test
    void toBuilderCopyAndClockSkewKeepEveryPart() throws Exception {
        AwsErrorDetails details = AwsErrorDetails.builder().errorCode("TransactionCanceledException")
                .errorMessage("cancelled").serviceName("RichErrors").statusCode(400).requestId("r-1").build();
        Object builder = builder();
        call(builder, "awsErrorDetails", AwsErrorDetails.class, details);
        call(builder, "attributes", Map.class, Map.of("a", "1"));
        call(builder, "clockSkew", Duration.class, Duration.ofSeconds(4));
        Object error = call(builder, "build");

        Object copy = call(error, "copy", Consumer.class, (Consumer<Object>) b -> call(b, "code", String.class, "None"));
        assertNotSame(error, copy);
        assertEquals("None", call(copy, "codeAsString"));
        assertEquals(null, call(error, "codeAsString"));
        assertEquals(Map.of("a", "1"), call(copy, "attributes"));
        assertSame(details, call(copy, "awsErrorDetails"));
        assertEquals(Duration.ofSeconds(4), call(call(copy, "toBuilder"), "clockSkew"));
        assertEquals("cancelled (Service: RichErrors, Status Code: 400, Request ID: r-1)",
                ((Throwable) copy).getMessage());
    }

    @Test
    void theErrorFactoryFillsEveryMemberFromTheBody() throws Exception {
        ErrorFactory factory = (ErrorFactory) type("internal.RichErrorsErrorFactory").getField("INSTANCE").get(null);
        String body = "{\"__type\":\"TransactionCanceledException\",\"Message\":\"no\","
                + "\"CancellationReasons\":[{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\",\"Detail\":\"x\"}],"
                + "\"Codes\":[\"ThrottlingError\"],\"Attributes\":{\"k\":\"v\"},\"Code\":\"None\","
                + "\"First\":{\"Detail\":\"f\"}}";
        Object error = factory.create(AwsErrorDetails.builder().errorCode("TransactionCanceledException")
                .errorMessage("no").serviceName("RichErrors").statusCode(400)
                .rawBody(body.getBytes(StandardCharsets.UTF_8)).build());
        assertSame(type("model.TransactionCanceledException"), error.getClass());
        assertEquals(2, ((List<?>) call(error, "cancellationReasons")).size());
        assertEquals("x", call(((List<?>) call(error, "cancellationReasons")).get(1), "detail"));
        assertEquals(List.of("ThrottlingError"), call(error, "codes"));
        assertEquals(Map.of("k", "v"), call(error, "attributes"));
        assertEquals("None", call(error, "codeAsString"));
        assertEquals("f", call(call(error, "first"), "detail"));
        assertEquals(true, call(error, "hasCodes"));
    }

    @Test
    void anErrorBuiltWithoutDetailsTakesTheCodeOfItsErrorTrait() throws Exception {
        Object conflict = call(call(call(type("model.ConflictException"), "builder"), "limit", Integer.class, 3),
                "build");
        AwsErrorDetails details = (AwsErrorDetails) call(conflict, "awsErrorDetails");
        assertEquals("ConflictError", details.errorCode());
        assertEquals(3, call(conflict, "limit"));
        assertFalse(details.toString().isEmpty());
    }

    private static Object builder() throws Exception {
        return call(type("model.TransactionCanceledException"), "builder");
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return loader.loadClass(PACKAGE + name);
    }

    /** Calls a public method by name; with an argument, the overload whose parameter is exactly that type. */
    private static Object call(Object target, String name, Object... typeAndValue) {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        try {
            Method method = typeAndValue.length == 0 ? type.getMethod(name)
                    : type.getMethod(name, (Class<?>) typeAndValue[0]);
            method.setAccessible(true);
            Object receiver = target instanceof Class<?> ? null : target;
            return typeAndValue.length == 0 ? method.invoke(receiver) : method.invoke(receiver, typeAndValue[1]);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName() + "." + name + ": " + e, e);
        }
    }
}
