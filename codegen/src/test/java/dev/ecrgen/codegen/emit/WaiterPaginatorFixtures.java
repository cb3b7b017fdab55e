package dev.ecrgen.codegen.emit;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.runtime.protocol.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;

/**
 * The models the paginator and waiter tests generate from: the ECR model of ecrgen-api-models and a small test
 * service, Widgets, with a paginator of several tokens, a "more results" flag, map and scalar result keys, and
 * waiters that use every matcher.
 */
final class WaiterPaginatorFixtures {
    static final String WIDGETS_PACKAGE = "test.widgets";

    private WaiterPaginatorFixtures() {}

    static ModelBundle widgets() {
        return widgets(text("/workflow/widgets/paginators-1.json"), text("/workflow/widgets/waiters-2.json"));
    }

    /** The Widgets service with other paginators and waiters files. */
    static ModelBundle widgets(String paginators, String waiters) {
        return new ModelBundle(
                ModelLoader.parse(bytes("/workflow/widgets/service-2.json"), "service-2.json", ServiceModel.class),
                ModelLoader.parse(paginators.getBytes(StandardCharsets.UTF_8), "paginators-1.json", Paginators.class),
                ModelLoader.parse(waiters.getBytes(StandardCharsets.UTF_8), "waiters-2.json", Waiters.class),
                "test");
    }

    static List<GeneratedSource> widgetsSources() {
        return CodegenRunner.generate(widgets(), WIDGETS_PACKAGE, List.of());
    }

    static ModelBundle ecr() {
        return GoldenFilesTest.ecrModel();
    }

    static GeneratedSource file(List<GeneratedSource> sources, String relativePath) {
        for (GeneratedSource source : sources) {
            if (source.relativePath().equals(relativePath)) {
                return source;
            }
        }
        throw new AssertionError("not generated: " + relativePath);
    }

    /** Reads a generated model object from JSON with its generated codec. */
    static Object read(ClassLoader loader, String codecClass, String json) throws Exception {
        Object codec = loader.loadClass(codecClass).getField("INSTANCE").get(null);
        JsonReader parser = new JsonReader(json.getBytes(StandardCharsets.UTF_8));
        parser.nextToken();
        return codec.getClass().getMethod("unmarshall", JsonReader.class).invoke(codec, parser);
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = WaiterPaginatorFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A generated client interface implemented by a script: operation methods taking a request go to {@code calls}
     * (by method name), other default methods run as generated, {@code close} does nothing.
     */
    static Object scriptedClient(ClassLoader loader, String clientInterface,
            java.util.Map<String, Function<Object, Object>> calls) throws ClassNotFoundException {
        Class<?> type = loader.loadClass(clientInterface);
        InvocationHandler handler = (proxy, method, args) -> {
            Function<Object, Object> call = calls.get(method.getName());
            boolean takesRequest = args != null && args.length == 1 && method.getParameterTypes()[0].getSimpleName()
                    .endsWith("Request");
            if (call == null || !takesRequest) {
                if (method.isDefault()) {
                    return InvocationHandler.invokeDefault(proxy, method, args);
                }
                if (method.getName().equals("close")) {
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            }
            Object result = call.apply(args[0]);
            if (result instanceof RuntimeException) {
                throw (RuntimeException) result;
            }
            return result;
        };
        return Proxy.newProxyInstance(loader, new Class<?>[] {type}, handler);
    }

    /** Calls a no-argument accessor of a generated object. */
    static Object get(Object target, String accessor) {
        try {
            return target.getClass().getMethod(accessor).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
