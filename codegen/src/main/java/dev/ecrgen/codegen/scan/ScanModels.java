package dev.ecrgen.codegen.scan;

import dev.ecrgen.codegen.c2j.ServiceModel;
import dev.ecrgen.codegen.c2j.Waiters;
import dev.ecrgen.codegen.load.ModelBundle;
import dev.ecrgen.codegen.load.ModelLoader;
import java.nio.file.Path;

/**
 * The models a scan needs: the service model (its operations, {@code serviceId} and action prefix) and the waiters, whose
 * operations the waiter methods call. Paginators and endpoint rules are not read: every operation's paginator method is
 * recognised whether or not the model pages it.
 */
public final class ScanModels {
    private ScanModels() {}

    /**
     * A {@code service-2.json} with the {@code waiters-2.json} beside it, if there is one.
     *
     * @throws dev.ecrgen.codegen.CodegenException naming the file when it is missing or not a model
     */
    public static ModelBundle fromFile(Path serviceFile) {
        Path dir = serviceFile.toAbsolutePath().getParent();
        return ModelLoader.load(serviceFile, null, dir.resolve(ModelLoader.WAITERS));
    }

    /**
     * A model read elsewhere, e.g. from a classpath resource.
     *
     * @param waiters the bytes of {@code waiters-2.json}, or null when there is none
     * @param source how messages name the model
     */
    public static ModelBundle fromBytes(byte[] service, byte[] waiters, String source) {
        ServiceModel model = ModelLoader.parse(service, source, ServiceModel.class);
        Waiters parsed = waiters == null ? null : ModelLoader.parse(waiters, waitersName(source), Waiters.class);
        return new ModelBundle(model, null, parsed, source);
    }

    private static String waitersName(String source) {
        int slash = source.lastIndexOf('/');
        return (slash < 0 ? "" : source.substring(0, slash + 1)) + ModelLoader.WAITERS;
    }
}
