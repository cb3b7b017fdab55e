package dev.ecrgen.codegen.jmespath;

import dev.ecrgen.codegen.CodegenRunner;
import dev.ecrgen.codegen.c2j.Paginators;
import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import dev.ecrgen.codegen.naming.Names;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.write.GeneratedSource;
import dev.ecrgen.runtime.protocol.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The small Widgets test service (see {@code /workflow/widgets}), as the JMESPath tests use it. */
final class Widgets {
    static final String PACKAGE = "test.widgets";

    private Widgets() {}

    static ModelBundle bundle() {
        return new ModelBundle(
                ModelLoader.parse(bytes("/workflow/widgets/service-2.json"), "service-2.json", ServiceModel.class),
                ModelLoader.parse(bytes("/workflow/widgets/paginators-1.json"), "paginators-1.json", Paginators.class),
                ModelLoader.parse(bytes("/workflow/widgets/waiters-2.json"), "waiters-2.json", Waiters.class),
                "test");
    }

    static ServiceIndex index() {
        ModelBundle bundle = bundle();
        return ServiceIndex.of(bundle, Names.of(bundle.service(), PACKAGE));
    }

    static ModelTypes types() {
        return new ModelTypes(bundle().service().shapes());
    }

    static List<GeneratedSource> sources() {
        return CodegenRunner.generate(bundle(), PACKAGE, List.of());
    }

    /** Reads a generated model object from JSON with its generated codec. */
    static Object read(ClassLoader loader, String codecClass, String json) throws Exception {
        Object codec = loader.loadClass(codecClass).getField("INSTANCE").get(null);
        JsonReader parser = new JsonReader(json.getBytes(StandardCharsets.UTF_8));
        parser.nextToken();
        return codec.getClass().getMethod("unmarshall", JsonReader.class).invoke(codec, parser);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = Widgets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
