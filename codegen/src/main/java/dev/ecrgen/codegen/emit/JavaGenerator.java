package dev.ecrgen.codegen.emit;

import com.palantir.javapoet.JavaFile;
import dev.ecrgen.codegen.resolve.ServiceIndex;
import dev.ecrgen.codegen.resolve.StructureClass;
import dev.ecrgen.codegen.write.GeneratedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every emitter over a resolved service, in a fixed order, and returns the files to write: the sync and async
 * clients, the endpoint parameters and providers, the paginators and waiters of the generated operations, then the
 * model, codecs and exceptions. The files are rendered once all of them exist, since some choices depend on the whole
 * set (see {@link FileSet}).
 */
public final class JavaGenerator {
    private JavaGenerator() {}

    /** The sources of the service's client, in the generator's order. */
    public static List<GeneratedSource> generate(ServiceIndex index) {
        List<JavaFile> files = emit(new EmitContext(index));
        FileSet all = new FileSet(files);
        // Rendering and tidying each file is independent of the others and is most of the work.
        return files.parallelStream().map(all::render).toList();
    }

    private static List<JavaFile> emit(EmitContext context) {
        ServiceIndex index = context.index();
        List<JavaFile> files = new ArrayList<>();
        Map<String, PaginatorPlan> paginators = PaginatorPlan.all(context);
        WaiterEmitter waiters = new WaiterEmitter(context);
        ClientEmitter client = new ClientEmitter(context, paginators, waiters);
        files.add(client.clientInterface());
        files.add(client.clientBuilder());
        files.add(client.defaultClient());
        files.add(client.serviceClientConfiguration());

        AsyncClientEmitter async = new AsyncClientEmitter(context, client, paginators, waiters);
        files.add(async.clientInterface());
        files.add(async.clientBuilder());
        files.add(async.defaultClient());

        if (index.endpointRules() != null) {
            EndpointProviderEmitter endpoints = new EndpointProviderEmitter(context);
            files.add(new EndpointParamsEmitter(context).emit());
            files.add(endpoints.providerInterface());
            files.add(endpoints.defaultProvider());
            files.add(new EndpointResolverEmitter(context).emit());
        }

        PaginatorEmitter paginatorEmitter = new PaginatorEmitter(context);
        for (PaginatorPlan plan : paginators.values()) {
            files.add(paginatorEmitter.iterable(plan));
            files.add(paginatorEmitter.publisher(plan));
        }
        files.addAll(waiters.files());

        BaseTypesEmitter bases = new BaseTypesEmitter(context);
        files.add(bases.requestBase());
        files.add(bases.responseBase());
        files.add(bases.responseMetadata());

        StructureEmitter structures = new StructureEmitter(context);
        CodecEmitter codecs = new CodecEmitter(context);
        for (StructureClass structure : index.structures()) {
            files.add(structures.emit(structure));
            boolean writes = switch (structure.kind()) {
                case REQUEST -> true;
                case RESPONSE -> false;
                case STRUCTURE -> index.isWritten(structure.shapeName());
            };
            boolean reads = switch (structure.kind()) {
                case REQUEST -> false;
                case RESPONSE -> true;
                case STRUCTURE -> index.isRead(structure.shapeName());
            };
            files.add(codecs.emit(structure, writes, reads));
        }

        EnumEmitter enums = new EnumEmitter(context);
        for (String shape : index.enumShapes()) {
            files.add(enums.emit(shape));
        }

        ExceptionEmitter exceptions = new ExceptionEmitter(context);
        files.add(exceptions.emitServiceException());
        for (String shape : index.errorShapes()) {
            files.add(exceptions.emit(shape));
            files.add(codecs.emitException(shape, exceptions.fieldMembers(index.shape(shape))));
        }
        files.add(new ErrorFactoryEmitter(context, exceptions).emit());
        return files;
    }
}
