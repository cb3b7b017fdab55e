package dev.ecrgen.codegen.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.Operation;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Shape;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.validate.ModelValidator;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.runtime.retry.RetryPolicy;
import dev.ecrgen.runtime.transport.SyncTransport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.regions.Region;

/**
 * The client generated for one suite model, compiled in memory: the C2J model it came from, the names the generator
 * gave its classes, and reflective access to them. Generation or compilation problems are kept, not thrown, so that
 * the cases of this model fail with them while other models still run.
 */
final class GeneratedService {
    private final String label;
    private final ServiceModel model;
    private final Names names;
    private final List<GeneratedSource> sources;
    private String problem;
    private ClassLoader loader;

    private GeneratedService(String label, ServiceModel model, Names names, List<GeneratedSource> sources, String problem) {
        this.label = label;
        this.model = model;
        this.names = names;
        this.sources = sources;
        this.problem = problem;
    }

    /** Parses the model tree with the generator's own loader and generates the client in memory. */
    static GeneratedService generate(ObjectNode tree, String basePackage, String label) {
        ServiceModel model;
        try {
            model = ModelLoader.parse(SuiteFile.JSON.writeValueAsBytes(tree), label, ServiceModel.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return new GeneratedService(label, null, null, List.of(), "model not loadable: " + e.getMessage());
        }
        Names names = Names.of(model, basePackage);
        try {
            List<GeneratedSource> sources = CodegenRunner.generate(new ModelBundle(model, null, null, label), basePackage, null);
            return new GeneratedService(label, model, names, sources, null);
        } catch (RuntimeException e) {
            return new GeneratedService(label, model, names, List.of(), "generation failed: " + e.getMessage());
        }
    }

    /** Generates the client of a model bundle (with its endpoint rule set, if it has one) in memory. */
    static GeneratedService generate(ModelBundle bundle, String basePackage) {
        ServiceModel model = bundle.service();
        Names names = Names.of(model, basePackage);
        List<GeneratedSource> sources = CodegenRunner.generate(bundle, basePackage, null);
        return new GeneratedService(bundle.source(), model, names, sources, null);
    }

    String label() {
        return label;
    }

    List<GeneratedSource> sources() {
        return sources;
    }

    /** Why the client cannot be used, or null when it was generated and compiled. */
    String problem() {
        return problem;
    }

    void compiled(ClassLoader classes) {
        this.loader = classes;
    }

    void failed(String why) {
        this.problem = why;
    }

    Names names() {
        return names;
    }

    String jsonVersion() {
        String version = model.metadata().jsonVersion();
        return version == null ? "1.0" : version;
    }

    Operation operation(String name) {
        return model.operations().get(name);
    }

    /** The event-stream member of the operation, which the generator leaves out; null when it has none. */
    ModelValidator.EventStream eventStream(String operation) {
        return model == null ? null
                : ModelValidator.eventStreamOperations(new ModelBundle(model, null, null, label)).get(operation);
    }

    /** The shape, or a clear failure naming it when the suite refers to a shape it does not define. */
    Shape shape(String name) {
        Shape shape = model.shapes().get(name);
        if (shape == null) {
            throw new IllegalArgumentException("the suite refers to shape '" + name + "', which it does not define");
        }
        return shape;
    }

    /** The shape, or null when the suite does not define it. */
    Shape shapeOrNull(String name) {
        return model.shapes().get(name);
    }

    Class<?> type(ClassName name) {
        try {
            return Class.forName(name.reflectionName(), true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("generated class " + name.reflectionName() + " does not exist", e);
        }
    }

    /** The Java type a builder setter takes for a value of the shape, as the generated model stores it. */
    Class<?> storageType(String shapeName) {
        Shape shape = shape(shapeName);
        return switch (shape.type()) {
            case "structure" -> shape.document() ? Document.class : type(names.shapeClass(shapeName));
            case "list" -> Collection.class;
            case "map" -> Map.class;
            case "string" -> String.class;
            case "integer" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "boolean" -> Boolean.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "bigdecimal" -> BigDecimal.class;
            case "biginteger" -> BigInteger.class;
            case "timestamp" -> Instant.class;
            case "blob" -> SdkBytes.class;
            default -> throw new IllegalArgumentException("shape " + shapeName + " has unknown type " + shape.type());
        };
    }

    static boolean isEnum(Shape shape) {
        return "string".equals(shape.type()) && !shape.enumValues().isEmpty();
    }

    /**
     * A client as a user would build it: region us-east-1, static credentials, the endpoint override; plus the
     * loopback transport and no retries, so that each call is exactly one request.
     */
    AutoCloseable newClient(URI endpoint, SyncTransport transport) throws ReflectiveOperationException {
        Object builder = type(names.client()).getMethod("builder").invoke(null);
        set(builder, "region", Region.class, Region.US_EAST_1);
        set(builder, "credentialsProvider", AwsCredentialsProvider.class,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("akid", "secret")));
        set(builder, "endpointOverride", URI.class, endpoint);
        set(builder, "httpTransport", SyncTransport.class, transport);
        set(builder, "retryPolicy", RetryPolicy.class, RetryPolicy.none());
        return (AutoCloseable) builder.getClass().getMethod("build").invoke(builder);
    }

    /** Calls the operation's client method; an exception the call throws is rethrown unwrapped. */
    Object call(Object client, String operation, Object request) throws Throwable {
        Method method = type(names.client()).getMethod(names.operationMethod(operation), type(names.requestClass(operation)));
        try {
            return method.invoke(client, request);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void set(Object builder, String name, Class<?> parameter, Object value)
            throws ReflectiveOperationException {
        builder.getClass().getMethod(name, parameter).invoke(builder, value);
    }
}
